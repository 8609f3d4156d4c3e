// Checkout throughput: each virtual shopper signs up once, then repeats a whole purchase with the
// simulated gateway (product page, add to cart, checkout form, pay, approve, paid page) until time
// is up. Prints "purchases seconds" on the last line. Usage: CheckoutBench <baseUrl> <shoppers> <seconds>
// With BENCH_WEBHOOK_SECRET set (the server's Payments:Stripe:WebhookSecret), every other purchase is
// confirmed by a signed Stripe event delivered twice at once, racing the approve button: the
// crash-safety script's load. Errors (a server killed midway) count as failures and the shoppers go on.
// With BENCH_PACE set (purchases per second, all shoppers together), purchases start at that pace and
// no faster: the mixed-load rows of bench/run measure the caches beside steady buying, not a CPU race.
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

var baseUrl = args[0].TrimEnd('/');
var shoppers = int.Parse(args[1]);
var seconds = int.Parse(args[2]);

var productIds = new List<int>();
using (var anonymous = new HttpClient())
{
    for (var page = 1; page <= 4; page++)
    {
        var html = await anonymous.GetStringAsync($"{baseUrl}/products?sort=PriceLow&page={page}");
        productIds.AddRange(Regex.Matches(html, "href=\"/products/(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value)));
    }
}
productIds = productIds.Distinct().ToList();
if (productIds.Count == 0) throw new InvalidOperationException("No products in the catalog.");

var clients = await Task.WhenAll(Enumerable.Range(0, shoppers).Select(async i =>
{
    var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
    var email = $"bench-{Guid.NewGuid():N}@bench.kr";
    var form = await client.GetStringAsync("/account/register");
    var response = await client.PostAsync("/account/register", Form(form, new()
    {
        ["Email"] = email, ["DisplayName"] = "벤치 구매자", ["Password"] = "Bench1234!", ["ConfirmPassword"] = "Bench1234!", ["AgreesToTerms"] = "true", ["AgreesToPrivacy"] = "true", ["IsFourteenOrOlder"] = "true",
    }));
    if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-up failed: {response.StatusCode}");
    // The account is finished from the link of the sign-up mail, which the server writes to its outbox folder.
    var confirmed = await client.GetAsync(await ConfirmationLinkAsync(email));
    if (confirmed.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Confirmation failed: {confirmed.StatusCode}");
    return client;
}));

var webhookSecret = Environment.GetEnvironmentVariable("BENCH_WEBHOOK_SECRET");
var purchases = 0;
var failures = 0;
Console.WriteLine("buying"); // the shoppers are signed up: the scripts start measuring beside them now
var clock = Stopwatch.StartNew();
var until = TimeSpan.FromSeconds(seconds);
var pace = double.TryParse(Environment.GetEnvironmentVariable("BENCH_PACE"), out var perSecond) && perSecond > 0 ? TimeSpan.FromSeconds(1 / perSecond) : TimeSpan.Zero;
long started = 0;
await Task.WhenAll(clients.Select(async (client, i) =>
{
    var random = new Random(i);
    while (clock.Elapsed < until)
    {
        try
        {
            if (pace > TimeSpan.Zero)
            {
                // The n-th purchase of all shoppers starts no earlier than n × pace.
                var due = pace * Interlocked.Increment(ref started);
                if (due > until) break;
                if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            }
            var byWebhook = webhookSecret is not null && random.Next(2) == 0;
            if (await PurchaseAsync(client, productIds[random.Next(productIds.Count)], byWebhook ? webhookSecret : null)) Interlocked.Increment(ref purchases);
        }
        catch (Exception e)
        {
            if (Interlocked.Increment(ref failures) <= 3) Console.Error.WriteLine($"purchase failed at {clock.Elapsed.TotalSeconds:F1} s: {e.Message}");
            if (e is HttpRequestException) await Task.Delay(200); // the server is down: wait for it to come back
        }
    }
}));
var elapsed = clock.Elapsed.TotalSeconds;
Console.WriteLine($"failures {failures}");
Console.WriteLine($"{purchases} {elapsed:F2}");

// The path of the sign-up link in the mail to the address, from the server's outbox (BENCH_OUTBOX), read as MIME.
static async Task<string> ConfirmationLinkAsync(string email)
{
    var outbox = Environment.GetEnvironmentVariable("BENCH_OUTBOX") ?? throw new InvalidOperationException("BENCH_OUTBOX is not set.");
    for (var attempt = 0; attempt < 200; attempt++)
    {
        foreach (var file in Directory.Exists(outbox) ? Directory.GetFiles(outbox, "*.eml") : [])
        {
            var mail = await MimeKit.MimeMessage.LoadAsync(file);
            if (mail.To.Mailboxes.Any(m => m.Address == email) && Regex.Match(mail.TextBody ?? "", @"https?://[^\s/]+(/account/confirm\?[^\s]+)") is { Success: true } link)
                return link.Groups[1].Value;
        }
        await Task.Delay(100);
    }
    throw new InvalidOperationException($"No sign-up mail to {email} in {outbox}.");
}

// False when the product is sold out (no cart form, or gone by the time it is added): the shopper picks another.
static async Task<bool> PurchaseAsync(HttpClient client, int productId, string? webhookSecret)
{
    var product = await client.GetStringAsync($"/products/{productId}");
    if (!product.Contains("class=\"add-to-cart\"")) return false;
    var added = await client.PostAsync("/cart/add", Form(product, new() { ["productId"] = productId.ToString(), ["quantity"] = "1" }));
    // Sold out since the page was read: the cart page comes back with the reason (400), as a shopper would see it.
    if (added.StatusCode == HttpStatusCode.BadRequest) return false;
    Expect(added, "/cart");
    var checkout = await client.GetStringAsync("/checkout");
    var attempt = Regex.Match(checkout, "name=\"Form.AttemptId\" value=\"([^\"]+)\"").Groups[1].Value;
    var total = Regex.Match(checkout, "name=\"Form.TotalShown\" value=\"([^\"]+)\"").Groups[1].Value;
    var pay = await client.PostAsync("/checkout", Form(checkout, new()
    {
        ["Form.AttemptId"] = attempt, ["Form.TotalShown"] = total, ["Form.AgreesToPurchase"] = "true", ["Form.Recipient"] = "김하나", ["Form.Phone"] = "010-1234-5678",
        ["Form.PostalCode"] = "04524", ["Form.RoadAddress"] = "서울특별시 중구 세종대로 110", ["Form.Detail"] = "3층",
    }));
    var gatewayPage = Expect(pay, "/payments/simulated/");
    var approvePage = await client.GetStringAsync(gatewayPage);
    var paymentId = gatewayPage[(gatewayPage.LastIndexOf('/') + 1)..];
    string done;
    if (webhookSecret is null)
        done = Expect(await client.PostAsync(gatewayPage, Form(approvePage, new() { ["approve"] = "true" })), "/checkout/complete/");
    else
    {
        // Stripe may deliver an event more than once, and at the same moment as the shopper returns.
        var deliveries = Enumerable.Range(0, 2).Select(_ => DeliverPaidAsync(client, paymentId, webhookSecret)).ToList();
        var approve = client.PostAsync(gatewayPage, Form(approvePage, new() { ["approve"] = "true" }));
        await Task.WhenAll(deliveries);
        await approve;
        done = $"/checkout/complete/{paymentId}";
    }
    var paid = await client.GetStringAsync(done);
    if (!paid.Contains("orders-made")) throw new InvalidOperationException("The payment was not confirmed.");
    return true;
}

static async Task DeliverPaidAsync(HttpClient client, string paymentId, string secret)
{
    var body = $$$$"""{"id":"evt_{{{{paymentId}}}}","object":"event","api_version":"2026-10-28.endive","type":"checkout.session.completed","data":{"object":{"id":"cs_{{{{paymentId}}}}","object":"checkout.session","client_reference_id":"{{{{paymentId}}}}","payment_status":"paid","payment_intent":"pi_{{{{paymentId}}}}"}}}""";
    var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
    var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
    using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    request.Headers.Add("Stripe-Signature", $"t={timestamp},v1={signature}");
    var response = await client.SendAsync(request);
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"webhook answered {(int)response.StatusCode}");
}

static string Expect(HttpResponseMessage response, string locationStart)
{
    var location = response.Headers.Location?.OriginalString ?? "";
    if (response.StatusCode != HttpStatusCode.Redirect || !location.StartsWith(locationStart, StringComparison.Ordinal))
        throw new InvalidOperationException($"expected a redirect to {locationStart}, got {(int)response.StatusCode} {location}");
    return location;
}

static FormUrlEncodedContent Form(string page, Dictionary<string, string> fields)
{
    fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(
        Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
    return new FormUrlEncodedContent(fields);
}
