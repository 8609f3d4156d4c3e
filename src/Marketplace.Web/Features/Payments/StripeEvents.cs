using System.Text.Json;

namespace Marketplace.Web.Features.Payments;

/// <summary>Reads the Stripe events we act on into the outcome they mean for a payment.
/// Anything else (other types, a session not yet paid, a session that is not ours) maps to null.</summary>
public static class StripeEvents
{
    /// <summary>False when the body is not a Stripe event at all (not JSON, no id or type).</summary>
    public static bool TryRead(ReadOnlySpan<byte> body, out ApplyPaymentOutcome.Command? command)
    {
        command = null;
        JsonDocument json;
        try { json = JsonDocument.Parse(body.ToArray()); }
        catch (JsonException) { return false; }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || Text(root, "id") is not { Length: > 0 } id
                || Text(root, "type") is not { Length: > 0 } type
                || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
                || !data.TryGetProperty("object", out var item) || item.ValueKind != JsonValueKind.Object)
                return false;

            command = type switch
            {
                "checkout.session.completed" when Text(item, "payment_status") == "paid" => Session(id, type, item, ApplyPaymentOutcome.Outcome.Paid),
                "checkout.session.async_payment_succeeded" => Session(id, type, item, ApplyPaymentOutcome.Outcome.Paid),
                "checkout.session.async_payment_failed" => Session(id, type, item, ApplyPaymentOutcome.Outcome.Failed),
                "checkout.session.expired" => Session(id, type, item, ApplyPaymentOutcome.Outcome.Expired),
                "charge.refunded" when Text(item, "payment_intent") is { } intent && item.TryGetProperty("amount_refunded", out var refunded)
                    && refunded.TryGetInt64(out var total)
                    => new ApplyPaymentOutcome.Command(id, type, PaymentIdOf(item), ApplyPaymentOutcome.Outcome.RefundedTotal, intent, total),
                _ => null,
            };
            return true;
        }
    }

    private static ApplyPaymentOutcome.Command? Session(string id, string type, JsonElement session, ApplyPaymentOutcome.Outcome outcome) =>
        PaymentIdOf(session) is { } paymentId
            ? new ApplyPaymentOutcome.Command(id, type, paymentId, outcome, Text(session, "payment_intent"))
            : null;

    private static Guid? PaymentIdOf(JsonElement item)
    {
        var candidate = Text(item, "client_reference_id");
        if (candidate is null && item.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object)
            candidate = Text(metadata, "payment_id");
        return Guid.TryParse(candidate, out var id) ? id : null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
