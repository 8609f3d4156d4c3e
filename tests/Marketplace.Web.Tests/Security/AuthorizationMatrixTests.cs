using System.Net;
using System.Text.RegularExpressions;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Security;

/// <summary>Every route of the app, called as a visitor and as each kind of member, against one table
/// of who may reach it. GETs are read; POSTs are sent without an antiforgery token, so they change
/// nothing: a caller who may not reach the route is sent to sign in or refused, and a caller who may
/// is stopped by the missing token (400) — which proves every state-changing POST requires it.
/// A route missing from the table fails the test, so a new page has to say who may see it.</summary>
public partial class AuthorizationMatrixTests(AppFactory app) : IClassFixture<AppFactory>
{
    // Who: V visitor, C consumer, B institution buyer, P institution approver, K a company's buyer (기업 구매), S enterprise staff, O operator.
    private const string Everyone = "VCBPKSO", Members = "CBPKSO", Institution = "BPK", Approver = "P", Staff = "S", Operator = "O";

    internal static readonly Dictionary<string, string> Allowed = new()
    {
        ["GET /"] = Everyone, ["GET /products"] = Everyone, ["GET /products/{id:int}"] = Everyone, ["GET /enterprises/{id:int}"] = Everyone, ["GET /enterprises"] = Everyone,
        ["GET /cart"] = Everyone, ["GET /cart/count"] = Everyone, ["GET /baseline"] = Everyone, ["GET /healthz"] = Everyone, ["GET /culture/{culture}"] = Everyone,
        ["GET /img/generated/{hue:int:range(0,359)}/{label}.svg"] = Everyone, ["GET /media/{name}"] = Everyone,
        ["GET /error"] = Everyone, ["GET /status/{code:int}"] = Everyone,
        ["GET /account/login"] = Everyone, ["GET /account/register"] = Everyone, ["GET /account/denied"] = Everyone,
        ["POST /account/login"] = Everyone, ["POST /account/register"] = Everyone, ["GET /account/check-mail"] = Everyone, ["GET /account/confirm"] = Everyone,
        ["GET /account/forgot"] = Everyone, ["POST /account/forgot"] = Everyone, ["GET /account/forgot/sent"] = Everyone,
        ["GET /account/reset"] = Everyone, ["POST /account/reset"] = Everyone, ["POST /account/logout"] = Members, ["GET /account/logout"] = Members,
        ["POST /cart/add"] = Everyone, ["POST /cart/update"] = Everyone, ["POST /cart/remove"] = Everyone,
        ["POST /webhooks/stripe"] = Everyone, ["GET /terms"] = Everyone, ["GET /search/suggest"] = Everyone, ["GET /privacy"] = Everyone, ["GET /account/withdrawn"] = Everyone,

        ["GET /account"] = Members, ["POST /account/profile"] = Members, ["POST /account/mail"] = Members, ["POST /account/password"] = Members,
        ["POST /account/addresses"] = Members, ["POST /account/addresses/{id:int}"] = Members,
        ["POST /account/addresses/{id:int}/default"] = Members, ["POST /account/addresses/{id:int}/delete"] = Members,
        ["GET /account/consent"] = Members, ["POST /account/consent"] = Members, ["GET /account/withdraw"] = Members, ["POST /account/withdraw"] = Members,

        ["GET /checkout"] = Members, ["POST /checkout"] = Members,
        ["GET /checkout/complete/{id:guid}"] = Members, ["GET /checkout/cancelled/{id:guid}"] = Members,
        ["GET /payments/simulated/{id:guid}"] = Members, ["POST /payments/simulated/{id:guid}"] = Members,
        ["GET /orders"] = Members, ["GET /orders/{id:int}"] = Members, ["POST /orders/{id:int}/cancel"] = Members, ["POST /orders/{id:int}/confirm"] = Members,
        ["GET /orders/{orderId:int}/lines/{lineId:int}/review"] = Members, ["POST /orders/{orderId:int}/lines/{lineId:int}/review"] = Members,
        ["POST /reviews/{id:int}/report"] = Members, ["GET /account/reviews"] = Members,
        ["GET /seller/orders.xlsx"] = Staff, ["POST /seller/orders/{id:int}/cancel"] = Staff, ["GET /seller/orders/tracking"] = Staff, ["POST /seller/orders/tracking"] = Staff,
        ["GET /seller/reviews"] = Staff, ["POST /seller/reviews/{id:int}/reply"] = Staff,
        ["POST /orders/{id:int}/returns"] = Members, ["GET /account/wishlist"] = Members, ["GET /wishlist/ids"] = Members, ["POST /wishlist/{productId:int}"] = Members,
        ["GET /seller/shipping"] = Staff, ["POST /seller/shipping"] = Staff, ["GET /seller/returns"] = Staff,
        ["POST /seller/returns/{id:int}/accept"] = Staff, ["POST /seller/returns/{id:int}/refuse"] = Staff, ["POST /seller/returns/{id:int}/complete"] = Staff,
        ["GET /admin/shipping-areas"] = Operator, ["POST /admin/shipping-areas"] = Operator, ["POST /admin/shipping-areas/{id:int}/delete"] = Operator,
        ["GET /admin/reviews"] = Operator, ["POST /admin/reviews/{id:int}/hide"] = Operator,
        ["GET /seller/apply"] = Members, ["POST /seller/apply"] = Members, ["GET /seller/apply/document"] = Members,
        ["GET /seller/join/{id:guid}"] = Members, ["POST /seller/join/{id:guid}"] = Members,
        ["GET /procurement/apply"] = Members, ["POST /procurement/apply"] = Members,
        ["GET /procurement/join/{id:guid}"] = Members, ["POST /procurement/join/{id:guid}"] = Members,

        ["GET /procurement"] = Institution, ["GET /procurement/products"] = Institution,
        ["GET /procurement/products/{id:int}/order"] = Institution, ["POST /procurement/products/{id:int}/order"] = Institution,
        ["GET /procurement/orders"] = Institution, ["GET /procurement/orders/{id:int}"] = Institution,
        ["POST /procurement/orders/{id:int}/inspect"] = Institution,
        ["POST /procurement/orders/{id:int}/approve"] = Approver, ["POST /procurement/orders/{id:int}/reject"] = Approver,
        ["GET /procurement/quotes"] = Institution, ["GET /procurement/quotes/new"] = Institution, ["POST /procurement/quotes"] = Institution,
        ["GET /procurement/quotes/{id:int}"] = Institution, ["POST /procurement/quotes/{id:int}/accept"] = Institution,
        ["GET /procurement/reports"] = Institution, ["POST /procurement/reports/total"] = Institution,
        ["GET /procurement/reports/{year:int}.csv"] = Institution, ["GET /procurement/reports/{year:int}.xlsx"] = Institution,
        ["GET /procurement/members"] = Institution, ["POST /procurement/members"] = Approver,

        ["GET /seller"] = Staff, ["GET /seller/orders"] = Staff, ["GET /seller/orders/{id:int}"] = Staff,
        ["POST /seller/orders/{id:int}/accept"] = Staff, ["POST /seller/orders/{id:int}/ship"] = Staff, ["POST /seller/orders/{id:int}/deliver"] = Staff,
        ["GET /seller/products"] = Staff, ["GET /seller/products/new"] = Staff, ["POST /seller/products/new"] = Staff,
        ["GET /seller/products/{id:int}/edit"] = Staff, ["POST /seller/products/{id:int}/edit"] = Staff,
        ["POST /seller/products/{id:int}/submit"] = Staff, ["POST /seller/products/{id:int}/copy"] = Staff, ["POST /seller/products/{id:int}/archive"] = Staff,
        ["POST /seller/products/{id:int}/images"] = Staff, ["POST /seller/products/{id:int}/images/remove"] = Staff,
        ["GET /seller/products/import"] = Staff, ["POST /seller/products/import"] = Staff,
        ["GET /seller/profile"] = Staff, ["POST /seller/profile"] = Staff, ["POST /seller/profile/logo"] = Staff,
        ["GET /seller/profile/seller"] = Staff, ["POST /seller/profile/seller"] = Staff,
        ["GET /seller/sales"] = Staff, ["GET /seller/sales/statements/{year:int}-{month:int}.csv"] = Staff,
        ["GET /seller/staff"] = Staff, ["POST /seller/staff"] = Staff,
        ["GET /seller/procurement/quotes"] = Staff, ["GET /seller/procurement/quotes/{id:int}"] = Staff, ["POST /seller/procurement/quotes/{id:int}"] = Staff,
        ["GET /seller/procurement/orders"] = Staff, ["GET /seller/procurement/orders/{id:int}"] = Staff,
        ["POST /seller/procurement/orders/{id:int}/confirm"] = Staff, ["POST /seller/procurement/orders/{id:int}/decline"] = Staff,
        ["POST /seller/procurement/orders/{id:int}/ship"] = Staff, ["POST /seller/procurement/invoices/{invoiceId:int}/payments"] = Staff,

        ["GET /admin"] = Operator, ["GET /admin/enterprises"] = Operator, ["GET /admin/enterprises/{id:int}/document"] = Operator,
        ["POST /admin/enterprises/{id:int}/decide"] = Operator, ["GET /admin/institutions"] = Operator, ["POST /admin/institutions/{id:int}/decide"] = Operator,
        ["GET /admin/listings"] = Operator, ["POST /admin/listings/{id:int}/decide"] = Operator,
        ["GET /admin/members"] = Operator, ["GET /admin/members.csv"] = Operator, ["GET /admin/sales"] = Operator, ["GET /admin/sales.csv"] = Operator,
        ["GET /admin/sales/{enterpriseId:int}"] = Operator, ["GET /admin/settings"] = Operator, ["POST /admin/settings"] = Operator,
        ["GET /admin/audit"] = Operator, ["GET /admin/invoices"] = Operator, ["GET /admin/purchase-orders/{id:int}"] = Operator,
        ["POST /admin/invoices/{invoiceId:int}/payments"] = Operator,
        ["GET /admin/settings/operator"] = Operator, ["POST /admin/settings/operator"] = Operator,
        ["GET /admin/settings/policies"] = Operator, ["POST /admin/settings/policies/{kind}"] = Operator, ["GET /admin/retention"] = Operator,
        ["GET /admin/search"] = Operator, ["POST /admin/search/synonyms"] = Operator, ["POST /admin/search/synonyms/{id:int}/delete"] = Operator,
        ["POST /admin/search/reindex"] = Operator,
        ["GET /admin/enterprises/svi"] = Operator, ["POST /admin/enterprises/{id:int}/svi"] = Operator,
        ["GET /admin/documents/{id:int}"] = Operator, ["GET /admin/documents/{id:int}/pdf"] = Operator,

        ["GET /procurement/documents/{id:int}"] = Institution, ["GET /procurement/documents/{id:int}/pdf"] = Institution,
        ["POST /procurement/invoices/{invoiceId:int}/card"] = Institution, ["GET /procurement/invoices/card/{paymentId:guid}"] = Institution,
        ["POST /procurement/quotes/{id:int}/attachments"] = Institution, ["GET /procurement/quotes/{id:int}/attachments/{attachmentId:int}"] = Institution,
        ["POST /procurement/reports/target"] = Institution,
        ["GET /seller/procurement/documents/{id:int}"] = Staff, ["GET /seller/procurement/documents/{id:int}/pdf"] = Staff,
        ["POST /seller/procurement/invoices/{invoiceId:int}/tax-approval"] = Staff,
        ["POST /seller/procurement/quotes/{id:int}/decline"] = Staff, ["POST /seller/procurement/quotes/{id:int}/attachments"] = Staff,
        ["GET /seller/procurement/quotes/{id:int}/attachments/{attachmentId:int}"] = Staff,

        ["GET /impact"] = Everyone, ["GET /impact/method"] = Everyone, ["GET /impact/{year:int}.csv"] = Everyone, ["GET /impact/{year:int}.json"] = Everyone,
        ["GET /collections/{slug}"] = Everyone, ["GET /account/impact"] = Members,
        ["GET /procurement/impact"] = Institution, ["GET /procurement/impact/{year:int}.xlsx"] = Institution, ["GET /procurement/impact/{year:int}.pdf"] = Institution,
        ["GET /seller/social-value"] = Staff, ["POST /seller/social-value"] = Staff, ["GET /seller/stories"] = Staff, ["POST /seller/stories"] = Staff,
        ["GET /admin/social-value"] = Operator, ["POST /admin/social-value/{id:int}/verify"] = Operator,
        ["GET /admin/stories"] = Operator, ["POST /admin/stories/{id:int}/decide"] = Operator,
        ["GET /admin/collections"] = Operator, ["POST /admin/collections"] = Operator,
        ["GET /admin/notices"] = Operator, ["POST /admin/notices"] = Operator, ["POST /admin/notices/categories/{slug}"] = Operator,
    };

    internal static readonly (char Who, string? Email)[] Callers =
        [('V', null), ('C', "consumer@demo.kr"), ('B', "buyer@demo.kr"), ('P', "approver@demo.kr"), ('K', "esg@demo.kr"), ('S', "seller@demo.kr"), ('O', "admin@demo.kr")];

    /// <summary>Routes taken from the app itself, each as "METHOD /pattern".</summary>
    internal static IReadOnlyList<string> Routes(AppFactory app)
    {
        _ = app.CreateClient();
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Distinct().Order().ToList();
    }

    /// <summary>A concrete address for a pattern: ids that exist or not do not matter, only who is let through.</summary>
    internal static string Address(string pattern) => Parameter().Replace(pattern, m => m.Groups[1].Value switch
    {
        "hue" => "120", "label" => "x", "name" => "missing.jpg", "culture" => "ko", "code" => "404", "year" => "2026", "month" => "1",
        _ when m.Value.Contains(":guid") => Guid.NewGuid().ToString(),
        _ => "1",
    });

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex Parameter();

    [Fact]
    public async Task Every_route_lets_in_exactly_the_callers_in_the_table_and_every_post_needs_the_antiforgery_token()
    {
        var routes = Routes(app);
        Assert.DoesNotContain(routes, r => !Allowed.ContainsKey(r));
        Assert.DoesNotContain(Allowed.Keys, r => !routes.Contains(r));

        var problems = new List<string>();
        foreach (var (who, email) in Callers)
        {
            using var client = email is null ? app.CreateBrowserlikeClient() : await app.SignedInAsync(email);
            foreach (var route in routes)
            {
                var method = route[..route.IndexOf(' ')];
                var url = Address(route[(method.Length + 1)..]);
                using var response = method == "POST"
                    ? await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>()))
                    : await client.GetAsync(url);
                var location = response.Headers.Location?.OriginalString ?? "";
                var turnedAway = response.StatusCode == HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && (location.Contains("/account/login") || location.Contains("/account/denied")));
                var expected = Allowed[route].Contains(who);
                if (turnedAway == expected) problems.Add($"{who} {route}: {(int)response.StatusCode} {location}");
                // Let in without a token, a POST must stop at the antiforgery check (the webhook has its signature instead).
                if (method == "POST" && expected && route != "POST /webhooks/stripe" && response.StatusCode != HttpStatusCode.BadRequest)
                    problems.Add($"{who} {route}: {(int)response.StatusCode} without an antiforgery token");
                // The error page itself answers 500 on purpose.
                if ((int)response.StatusCode >= 500 && route != "GET /error") problems.Add($"{who} {route}: {(int)response.StatusCode}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
