package cn.nianbao.extract.ocr.worker;

/**
 * What a worker is doing — one page's OCR or one whole PDF — for the messages when it fails: the user is
 * told which page, or that the file, was not read, and why.
 *
 * @param pageNumber the page being recognized; ignored for a PDF
 */
record WorkerJob(boolean pdf, int pageNumber, String heap) {

    static WorkerJob page(int pageNumber, String heap) {
        return new WorkerJob(false, pageNumber, heap);
    }

    static WorkerJob pdf(String heap) {
        return new WorkerJob(true, 0, heap);
    }

    @Override
    public String toString() {
        return pdf ? "PDF" : "page " + pageNumber;
    }

    String timedOut(long seconds) {
        return pdf ? "PDF 解析超时：超过 " + seconds + " 秒仍未读完，已停止解析进程。"
                : "OCR 超时：第 " + pageNumber + " 页超过 " + seconds + " 秒仍未识别完，已停止识别进程。";
    }

    String interrupted() {
        return pdf ? "PDF 解析被中断，已停止解析进程。" : "OCR 被中断：第 " + pageNumber + " 页未识别完，已停止识别进程。";
    }

    String notStarted() {
        return pdf ? "PDF 解析被中断。" : "OCR 被中断：第 " + pageNumber + " 页未识别。";
    }

    /** @param status the worker's exit status, null when it is alive but answered with something else */
    String died(Integer status, int outOfMemoryStatus) {
        String process = pdf ? "PDF 解析进程" : "OCR 识别进程";
        String lost = pdf ? "文件未能读取" : "第 " + pageNumber + " 页未能识别";
        if (status == null) {
            return process + "答复异常，已停止；" + lost + "。";
        }
        if (status == outOfMemoryStatus) {
            return process + "内存不足（上限 " + heap + "）已退出，" + lost + (pdf ? "；文件可能过大或结构异常。" : "；页面可能过大。");
        }
        return process + "意外退出（退出码 " + status + "），" + lost + "；已换用新的" + (pdf ? "解析进程。" : "识别进程。");
    }
}
