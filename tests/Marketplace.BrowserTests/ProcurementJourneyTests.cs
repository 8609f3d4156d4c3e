using Marketplace.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests;

/// <summary>A buyer asks two enterprises for a quote, one answers, the buyer accepts it, and the
/// institution's approver places the order, all in Korean; a direct purchase waits for the approver too.
/// Then the order is delivered in person and inspected, its 검사검수조서 is downloaded as a PDF and read,
/// and the invoice is paid by card after delivery.</summary>
public class ProcurementJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task<IPage> SignedInAsync(BrowserFixture browser, string email, string returnUrl)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{browser.BaseUrl}/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=Password]", "Demo1234!");
        await page.ClickAsync("form[action='/account/login'] button[type=submit]");
        await page.WaitForURLAsync("**" + returnUrl);
        return page;
    }

    [Fact]
    public async Task A_buyer_compares_quotes_and_an_approver_places_the_order()
    {
        var today = DateTime.UtcNow.AddHours(9);
        var title = $"행사 다과 {Guid.NewGuid():N}"[..12];

        // The buyer writes a request to two enterprises.
        var asked = new[] { await browser.App.EnterpriseOfAsync("seller@demo.kr"), await browser.App.EnterpriseOfAsync("seller2@demo.kr") };
        var buyer = await SignedInAsync(browser, "buyer@demo.kr", "/procurement/quotes/new");
        await buyer.FillAsync("input[name='Form.Title']", title);
        await buyer.FillAsync("input[name='Form.Items[0].Name']", "친환경 다과 세트");
        await buyer.FillAsync("input[name='Form.Items[0].Specification']", "1인분");
        await buyer.FillAsync("input[name='Form.Items[0].Quantity']", "200");
        await buyer.FillAsync("input[name='Form.DeliveryPlace']", "서울시청 본관 3층 대회의실");
        await buyer.FillAsync("input[name='Form.DeliveryDate']", today.AddDays(20).ToString("yyyy-MM-dd"));
        await buyer.FillAsync("input[name='Form.Deadline']", today.AddDays(7).ToString("yyyy-MM-dd"));
        foreach (var id in asked) await buyer.CheckAsync($"input[name='Form.EnterpriseIds'][value='{id}']");
        await CatalogJourneyTests.Shot(buyer, "proc-1-request");
        await buyer.ClickAsync("form[action='/procurement/quotes'] button[type=submit]");
        await buyer.WaitForSelectorAsync("text=아직 회신한 기업이 없습니다");
        var requestUrl = buyer.Url;
        var requestId = requestUrl[(requestUrl.LastIndexOf('/') + 1)..];

        // Both answer from their seller centers.
        foreach (var (email, price) in new[] { ("seller@demo.kr", "9800"), ("seller2@demo.kr", "9500") })
        {
            var seller = await SignedInAsync(browser, email, $"/seller/procurement/quotes/{requestId}");
            await seller.FillAsync("input[name^='Form.Prices']", price);
            await CatalogJourneyTests.Shot(seller, $"proc-2-answer-{email[..email.IndexOf('@')]}");
            await seller.ClickAsync($"form[action='/seller/procurement/quotes/{requestId}'] button[type=submit]");
            await seller.WaitForSelectorAsync("text=견적 수정");
        }

        // The buyer compares and accepts the lowest.
        await buyer.GotoAsync(requestUrl);
        await buyer.WaitForSelectorAsync("table.quote-comparison");
        await CatalogJourneyTests.Shot(buyer, "proc-3-compare");
        var lowest = buyer.Locator("table.quote-comparison tr.total td", new() { HasText = "최저가" });
        Assert.Equal(1, await lowest.CountAsync());
        Assert.Contains("2,090,000원", await lowest.InnerTextAsync()); // 200 × 9,500 + VAT 190,000
        await buyer.Locator("form.accept-quote button[type=submit]").First.ClickAsync();
        await buyer.WaitForURLAsync("**/procurement/orders/*");
        await buyer.WaitForSelectorAsync("text=승인 대기");
        Assert.Contains("간편계약", await buyer.InnerTextAsync("dl.facts"));
        await CatalogJourneyTests.Shot(buyer, "proc-4-order-pending");
        var orderUrl = buyer.Url.Replace(browser.BaseUrl, "");

        // The approver places it; from now on the enterprise sees it.
        var approver = await SignedInAsync(browser, "approver@demo.kr", orderUrl);
        await approver.ClickAsync("form[action$='/approve'] button[type=submit]");
        await approver.WaitForSelectorAsync("p.status >> text=발주(기업 확인 대기)");
        await CatalogJourneyTests.Shot(approver, "proc-5-approved");
        Assert.Contains("발주서·계약서", await approver.InnerTextAsync("section.documents"));

        // The enterprise confirms and hands the goods over in person: no tracking number.
        var enterprise = await SignedInAsync(browser, "seller2@demo.kr", "/seller" + orderUrl);
        await enterprise.ClickAsync("form[action$='/confirm'] button[type=submit]");
        await enterprise.CheckAsync("input[name=method][value=InPerson]");
        await CatalogJourneyTests.Shot(enterprise, "proc-5a-ship-in-person");
        await enterprise.ClickAsync("form[action$='/ship'] button[type=submit]");
        await enterprise.WaitForSelectorAsync("ol.timeline >> text=직접 납품");

        // The buyer inspects, opens the inspection report and downloads its PDF.
        await buyer.GotoAsync(browser.BaseUrl + orderUrl);
        await buyer.ClickAsync("form.inspection button[type=submit]");
        await buyer.WaitForSelectorAsync("p.status >> text=검수 완료");
        await buyer.ClickAsync("section.documents a:has-text('검사검수조서')");
        await buyer.WaitForSelectorAsync("article.paper h1:has-text('검사검수조서')");
        var sha = await buyer.InnerTextAsync("article.paper footer code");
        await CatalogJourneyTests.Shot(buyer, "proc-5b-inspection-report");
        var download = await buyer.RunAndWaitForDownloadAsync(() => buyer.ClickAsync("a:has-text('PDF 내려받기')"));
        var pdfPath = Path.Combine(BrowserFixture.ScreenshotFolder, "proc-inspection-report.pdf");
        await download.SaveAsAsync(pdfPath);
        var text = Pdf.Text(await File.ReadAllBytesAsync(pdfPath));
        foreach (var expected in new[] { "검사검수조서", "2,090,000원", "친환경 다과 세트", sha[..16] }) Assert.Contains(expected, text);

        // The invoice, paid by card on the gateway's page.
        await buyer.GotoAsync(browser.BaseUrl + orderUrl);
        await buyer.ClickAsync("form.card-payment button[type=submit]");
        await buyer.WaitForURLAsync("**/payments/simulated/*");
        Assert.Contains("2,090,000원", await buyer.InnerTextAsync("p.price"));
        await buyer.ClickAsync("button[name=approve][value=true]");
        await buyer.WaitForURLAsync("**/procurement/orders/*?card=returned*");
        await buyer.WaitForSelectorAsync("section.invoice >> text=지급 완료");
        Assert.Contains("카드", await buyer.InnerTextAsync("table.invoice-payments"));
        await CatalogJourneyTests.Shot(buyer, "proc-5c-paid-by-card");

        // A direct purchase from the catalog waits for the approver the same way.
        await buyer.GotoAsync(browser.BaseUrl + "/procurement/products?counts=true");
        await CatalogJourneyTests.Shot(buyer, "proc-6-catalog");
        await buyer.Locator("table.procurement-products a", new() { HasText = "바로구매" }).First.ClickAsync();
        await buyer.WaitForURLAsync("**/order?quantity=*");
        await buyer.FillAsync("input[name='Form.DeliveryPlace']", "서울시청 본관 1층 물품창고");
        await buyer.FillAsync("input[name='Form.DeliveryDate']", today.AddDays(10).ToString("yyyy-MM-dd"));
        await CatalogJourneyTests.Shot(buyer, "proc-7-direct");
        await buyer.ClickAsync("form[action$='/order'] button[type=submit]");
        await buyer.WaitForSelectorAsync("p.status >> text=승인 대기");
        Assert.Contains("바로구매", await buyer.InnerTextAsync("dl.facts"));

        await buyer.GotoAsync(browser.BaseUrl + "/procurement/reports");
        await buyer.WaitForSelectorAsync("table.results-by-type");
        await CatalogJourneyTests.Shot(buyer, "proc-8-report");
    }
}
