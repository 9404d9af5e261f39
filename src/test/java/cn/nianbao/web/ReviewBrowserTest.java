package cn.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.account.TestAccounts;
import cn.nianbao.api.ServiceClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review flow in a real browser (headless chromium), as a reviewer would go through it: log in, upload
 * reports, follow the batch, open a flagged report, correct a cell and see its finding go and the audit line
 * come, confirm 004's inferred rows in one click, approve, export and read the Excel file back. The expected
 * values are the fixtures' own (fixtures/cases/NOTES.md: identities-fail writes 行政复议 总计 6 for 3+1+0+1).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nianbao.jobs.poll-interval=100ms", "nianbao.inbox-watch.enabled=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewBrowserTest {
    private static final Path DATA = ServiceClient.dataDir("nianbao-browser-test");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static ChromeDriver browser;

    @LocalServerPort
    private int port;
    @Autowired
    private ApplicationContext context;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("nianbao.data-dir", DATA::toString);
    }

    @BeforeAll
    static void startBrowser() {
        assertThat(Browser.available()).as("chromium and chromedriver (bash scripts/setup.sh --browser)").isTrue();
        browser = Browser.start(DATA.resolve("downloads"));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void uploadsSeveralReportsAndFollowsTheBatchToTheEnd() throws Exception {
        logIn();
        browser.get(url("/upload"));
        browser.findElement(By.id("files")).sendKeys(String.join("\n",
                absolute("fixtures/cases/identities-fail.docx"), absolute("fixtures/seeds/004.pdf"),
                absolute("fixtures/seeds/001.docx")));
        submit(By.id("upload"));

        waitFor(d -> d.findElement(By.id("progress-state")).getText().contains("已全部处理完"), 60);
        assertThat(text("count-total")).isEqualTo("3");
        assertThat(Integer.parseInt(text("count-needs_review"))).isEqualTo(3);
        submit(By.id("batch-reports"));
        assertThat(browser.findElements(By.cssSelector("#report-list tbody tr"))).hasSize(3);
        Browser.screenshot(browser, SHOTS.resolve("list.png"));
    }

    @Test
    @Order(2)
    void correctingACellMakesItsFindingGoAndLeavesAnAuditLine() throws Exception {
        openReport("identities-fail.docx");
        assertThat(findingRules()).contains("appeals_total");
        submit(By.cssSelector("td[data-key='appeals.review.total'] a"));
        assertThat(text("panel-value")).isEqualTo("6");
        // The evidence is the Word row the value came from, with the cell marked.
        assertThat(browser.findElement(By.cssSelector(".evidence-row td.mark")).getText()).isEqualTo("6");
        assertThat(browser.findElement(By.cssSelector(".evidence-row")).getText()).contains("3").contains("1");

        browser.findElement(By.id("cell-value")).sendKeys("5");
        browser.findElement(By.id("cell-reason")).sendKeys("原件 3+1+0+1=5，总计误写为 6");
        submit(By.id("save-cell"));

        assertThat(browser.findElement(By.id("outcome")).getText()).contains("已消除的问题").contains("行政复议");
        assertThat(findingRules()).doesNotContain("appeals_total");
        List<WebElement> audit = browser.findElements(By.cssSelector("#audit tr"));
        assertThat(audit.get(audit.size() - 1).getText())
                .contains(TestAccounts.REVIEWER).contains("appeals.review.total").contains("6（已读取）")
                .contains("5（已更正）")
                .contains("原件 3+1+0+1=5，总计误写为 6");
        Browser.screenshot(browser, SHOTS.resolve("report.png"));
    }

    @Test
    @Order(3)
    void approvingWithErrorsLeftNeedsAReason() {
        openReport("identities-fail.docx");
        submit(By.id("approve"));
        assertThat(text("refused")).contains("请填写理由");

        browser.findElement(By.id("approve-reason")).sendKeys("其余差错为原件所有，已告知报送单位");
        submit(By.id("approve"));
        assertThat(text("report-status")).isEqualTo("已审核通过");
        assertThat(browser.findElement(By.id("audit")).getText()).contains("其余差错为原件所有");
    }

    @Test
    @Order(4)
    void theInferredRowsOf004AreConfirmedInOneClick() {
        openReport("004.pdf");
        WebElement confirm = browser.findElement(By.cssSelector("button.confirm-all"));
        assertThat(confirm.getText()).contains("确认全部推定值");
        submit(By.cssSelector("button.confirm-all"));
        assertThat(browser.findElement(By.id("outcome")).getText()).contains("已消除的问题").contains("推定");
        assertThat(browser.findElements(By.cssSelector("td.state-inferred"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("td.state-corrected"))).isNotEmpty();
        // 三 lost 14 rows of 7 columns after 5.属于三类内部事务信息 (2019 form): one action, one folded audit line.
        assertThat(browser.findElement(By.cssSelector("#audit details.audit-group summary")).getText())
                .isEqualTo("修改 98 个单元格");
    }

    @Test
    @Order(5)
    void aPdfCellShowsThePageRegionAroundIt() throws Exception {
        openReport("004.pdf");
        submit(By.cssSelector("td[data-key='appeals.review.total'] a"));
        WebElement image = browser.findElement(By.cssSelector("img.evidence-image"));
        waitFor(d -> ((Number) browser.executeScript("return arguments[0].naturalWidth", image)).intValue() > 0, 20);
        assertThat(((Number) browser.executeScript("return arguments[0].naturalHeight", image)).intValue())
                .isGreaterThan(50);
        Browser.screenshot(browser, SHOTS.resolve("report-pdf.png"));
    }

    @Test
    @Order(6)
    void theNarrativeFindingOf001SitsByTheSentenceItQuotes() {
        openReport("001.docx");
        WebElement quoted = browser.findElement(By.cssSelector("mark.quoted"));
        assertThat(quoted.getText()).contains("锦阳路街道办事处未收到信息公开申请").contains("正文与表格矛盾");
    }

    @Test
    @Order(7)
    void theDatasetExportHoldsTheCorrectedValueAndTheApproval() throws Exception {
        browser.get(url("/reports?status=approved"));
        String href = browser.findElement(By.id("export-xlsx")).getAttribute("href");
        byte[] xlsx = download(href);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet data = book.getSheet("数据");
            Row header = data.getRow(0);
            Row report = data.getRow(1);
            assertThat(data.getLastRowNum()).isEqualTo(1);
            int column = columnOf(header, "[appeals.review.total]");
            assertThat(report.getCell(column).getNumericCellValue()).isEqualTo(5.0);
            assertThat(report.getCell(columnOf(header, "状态")).getStringCellValue()).isEqualTo("已审核通过");
        }
        openReport("identities-fail.docx");
        String json = new String(download(browser.findElement(By.id("export-report-json")).getAttribute("href")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"status\" : \"approved\"").contains("\"audit\"")
                .contains("原件 3+1+0+1=5，总计误写为 6");
    }

    /** Logs in through the login page as a reviewer (an account made for tests, no password change due). */
    private void logIn() {
        String reviewer = TestAccounts.of(context).reviewer();
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys(reviewer);
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        submit(By.cssSelector("button[type=submit]"));
        assertThat(browser.getCurrentUrl()).endsWith("/reports");
    }

    private void openReport(String fileName) {
        browser.get(url("/reports?q=" + fileName));
        submit(By.linkText(fileName));
    }

    /** Clicks what loads a new page, and waits until the old one is gone (its elements would be stale). */
    private static void submit(By what) {
        WebElement element = browser.findElement(what);
        element.click();
        // The old page is gone once its element can no longer be asked about (chromium says so in two ways).
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState")));
    }

    private List<String> findingRules() {
        return browser.findElements(By.cssSelector("#findings tr[data-rule]")).stream()
                .map(e -> e.getAttribute("data-rule")).toList();
    }

    private static int columnOf(Row header, String text) {
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (header.getCell(i).getStringCellValue().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no column " + text);
    }

    /** Fetches a link with the browser's session, as clicking it would. */
    private byte[] download(String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(30));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> done, int seconds) {
        new WebDriverWait(browser, Duration.ofSeconds(seconds)).until(done::apply);
    }

    private static String absolute(String path) {
        return Path.of(path).toAbsolutePath().toString();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
