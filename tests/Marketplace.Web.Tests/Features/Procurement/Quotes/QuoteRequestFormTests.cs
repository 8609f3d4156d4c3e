using System.Net;
using Marketplace.Domain.Common;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Features.Procurement.Quotes;

/// <summary>The quote request form as the browser sends it: three item rows, the unused ones blank.</summary>
public class QuoteRequestFormTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpResponseMessage> PostAsync(HttpClient buyer, string firstQuantity)
    {
        var today = KoreaTime.Today(app.Clock);
        var seller = await app.EnterpriseOfAsync("seller@demo.kr");
        return await Html.PostFormAsync(buyer, "/procurement/quotes", new Dictionary<string, string>
        {
            ["Form.Title"] = "행사 다과", ["Form.Kind"] = "Goods",
            ["Form.Items[0].Name"] = "다과 세트", ["Form.Items[0].Specification"] = "1인분", ["Form.Items[0].Quantity"] = firstQuantity,
            ["Form.Items[1].Name"] = "", ["Form.Items[1].Specification"] = "", ["Form.Items[1].Quantity"] = "",
            ["Form.Items[2].Name"] = "", ["Form.Items[2].Specification"] = "", ["Form.Items[2].Quantity"] = "",
            ["Form.DeliveryPlace"] = "본관 3층", ["Form.DeliveryDate"] = today.AddDays(20).ToString("yyyy-MM-dd"),
            ["Form.Deadline"] = today.AddDays(7).ToString("yyyy-MM-dd"), ["Form.EnterpriseIds"] = seller.ToString(),
        }, "/procurement/quotes/new");
    }

    [Fact]
    public async Task Blank_item_rows_are_not_items_and_the_request_is_sent()
    {
        using var buyer = await app.SignedInAsync("buyer@demo.kr");
        var sent = await PostAsync(buyer, "200");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Matches("^/procurement/quotes/[0-9]+$", sent.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Letters_in_a_quantity_show_the_form_again_with_what_was_typed()
    {
        using var buyer = await app.SignedInAsync("buyer@demo.kr");
        var refused = await PostAsync(buyer, "이백");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("값으로 쓸 수 없습니다", page);
        Assert.Contains("value=\"다과 세트\"", page);
    }
}
