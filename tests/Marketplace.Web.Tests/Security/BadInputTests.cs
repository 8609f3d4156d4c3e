using System.Net;
using System.Reflection;
using Marketplace.Domain.Data;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Security;

/// <summary>Every route, called by someone allowed to use it, with every query parameter and form
/// field it binds set to hostile or broken values: no 500, markup always comes back encoded, and
/// afterwards no aggregate is stored in part.</summary>
public class BadInputTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Script = "<script>alert(1)</script>";

    private static readonly string[] Payloads =
    [
        Script, "\"><img src=x onerror=alert(1)>", "' OR 1=1; DROP TABLE \"Products\"; --", "-1", "-99999999999999999999",
        "99999999999999999999", "1e309", "NaN", new string('가', 5000), "\u0000\u0001", "\u202Eevil\u200B", "𝕏🏳️‍🌈",
        "../../../etc/passwd", "2026-13-45", "", " ",
    ];

    /// <summary>The names a route binds from the query or the form, read from its action's parameters.</summary>
    private static IEnumerable<string> FieldsOf(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not { } action) return [];
        var names = new List<string>();
        foreach (var parameter in action.Parameters)
        {
            if (parameter.ParameterType == typeof(CancellationToken) || endpoint.RoutePattern.GetParameter(parameter.Name) is not null) continue;
            var prefix = parameter.BindingInfo?.BinderModelName;
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(Guid))
                names.Add(prefix ?? parameter.Name);
            else if (type.IsGenericType && type.GetGenericTypeDefinition() is var generic && (generic == typeof(List<>) || generic == typeof(Dictionary<,>)))
                names.AddRange([$"{parameter.Name}[0]", $"{parameter.Name}[1]"]);
            else if (type != typeof(Microsoft.AspNetCore.Http.IFormFile))
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
                {
                    var name = prefix is null ? property.Name : $"{prefix}.{property.Name}";
                    names.Add(property.PropertyType.IsGenericType ? $"{name}[0]" : name);
                    if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericArguments()[0] is { IsClass: true } item && item != typeof(string))
                        names.AddRange(item.GetProperties().Select(p => $"{name}[0].{p.Name}"));
                }
        }
        return names.Distinct();
    }

    [Fact]
    public async Task Hostile_values_in_every_field_never_cause_a_500_or_unencoded_markup_nor_half_stored_data()
    {
        _ = app.CreateClient();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var problems = new List<string>();
        var clients = new Dictionary<char, HttpClient>();
        foreach (var (who, email) in AuthorizationMatrixTests.Callers)
            clients[who] = email is null ? app.CreateBrowserlikeClient() : await app.SignedInAsync(email);

        var tried = 0;
        // The token taken the way the loop takes it gets a valid post through, so the fields below are read, not refused unread.
        var product = await app.ProductWithStockAsync(100);
        foreach (var (who, client) in clients)
        {
            var token = Html.AntiforgeryToken(await client.GetStringAsync(who == 'V' ? "/account/login" : "/account/logout"));
            var added = await client.PostAsync("/cart/add", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["productId"] = product.ToString(), ["quantity"] = "1", ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }
        foreach (var route in AuthorizationMatrixTests.Routes(app).Where(r => r is not ("POST /account/logout" or "GET /error")))
        {
            var method = route[..route.IndexOf(' ')];
            var pattern = route[(method.Length + 1)..];
            var endpoint = endpoints.First(e => "/" + e.RoutePattern.RawText!.TrimStart('/') == pattern
                && (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains(method) ?? true));
            var fields = FieldsOf(endpoint).ToList();
            if (fields.Count == 0) continue;
            var who = AuthorizationMatrixTests.Allowed[route].Last(); // the most specific caller allowed
            var client = clients[who];
            var token = Html.AntiforgeryToken(await client.GetStringAsync(who == 'V' ? "/account/login" : "/account/logout"));
            var url = AuthorizationMatrixTests.Address(pattern);
            // Besides every hostile value in every field: the form with nothing in it, and with its plain fields
            // filled but its collections (accepted[…], quantities[…], Form.Prices[…]) absent.
            var shapes = Payloads.Select(p => (Show(p), fields.ToDictionary(f => f, _ => p)))
                .Append(("no fields", new Dictionary<string, string>()))
                .Append(("no collections", fields.Where(f => !f.Contains('[')).ToDictionary(f => f, _ => "1")));
            foreach (var (shape, values) in shapes)
            {
                var payload = values.Values.FirstOrDefault() ?? "";
                using var response = method == "POST"
                    ? await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(values) { ["__RequestVerificationToken"] = token }))
                    : await client.GetAsync(url + QueryString(values));
                tried++;
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500) problems.Add($"{who} {route} [{shape}]: {(int)response.StatusCode}");
                if (payload.StartsWith('<') || payload.StartsWith('"'))
                    if (body.Contains(payload) && response.Content.Headers.ContentType?.MediaType == "text/html")
                        problems.Add($"{who} {route} [{Show(payload)}]: markup came back unencoded");
            }
        }
        foreach (var client in clients.Values) client.Dispose();
        Assert.True(tried > 500, $"only {tried} requests");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(60)));

        // Whatever was refused left nothing behind in part.
        var partial = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            return new Dictionary<string, int>
            {
                ["orders without lines"] = await db.Orders.CountAsync(o => !o.Lines.Any()),
                ["purchase orders without lines"] = await db.PurchaseOrders.CountAsync(o => !o.Lines.Any()),
                ["quote requests without items"] = await db.QuoteRequests.CountAsync(r => !r.Items.Any()),
                ["quote requests without recipients"] = await db.QuoteRequests.CountAsync(r => !r.Recipients.Any()),
                ["quotes without prices"] = await db.Quotes.CountAsync(q => !q.Lines.Any()),
                ["products without a name"] = await db.Products.CountAsync(p => p.Name == ""),
                ["inspected orders without invoice"] = await db.PurchaseOrders.CountAsync(o => o.Status == Domain.Procurement.PurchaseOrderStatus.Inspected
                    && !db.Invoices.Any(i => i.PurchaseOrderId == o.Id)),
            };
        });
        Assert.All(partial, p => Assert.True(p.Value == 0, $"{p.Key}: {p.Value}"));
    }

    private static string QueryString(Dictionary<string, string> values) =>
        "?" + string.Join("&", values.Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value)}"));

    private static string Show(string payload) => payload.Length > 20 ? payload[..20] + "…" : payload;
}
