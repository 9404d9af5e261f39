// Keeps a batch page's counts live: polls the batch's progress every 2 s until nothing is queued or processing.
(function () {
  var box = document.getElementById('progress');
  if (!box) { return; }
  var url = box.getAttribute('data-url');
  function show(progress) {
    Object.keys(progress.counts).forEach(function (status) {
      var el = document.getElementById('count-' + status);
      if (el) { el.textContent = progress.counts[status]; }
    });
    document.getElementById('count-total').textContent = progress.total;
    var bar = document.getElementById('progress-bar');
    bar.max = progress.total;
    bar.value = progress.total - progress.counts.queued - progress.counts.processing;
    document.getElementById('progress-state').textContent =
      progress.finished ? '（已全部处理完）' : '（处理中，页面自动更新）';
    return progress.finished;
  }
  function poll() {
    fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.json(); })
      .then(function (progress) { if (!show(progress)) { setTimeout(poll, 2000); } })
      .catch(function () { setTimeout(poll, 5000); });
  }
  setTimeout(poll, 1000);
})();
