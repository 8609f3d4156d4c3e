using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Members;

/// <summary>The sign-in cookie's ticket, decrypted once and remembered for <see cref="SignInSessions.RecheckAfter"/>:
/// reading it (a key derivation, AES and an HMAC, then the claims) was a sixth of a signed-in page's time.
/// Only the decryption is remembered: the cookie handler still checks the ticket's expiry on every request,
/// and <see cref="SignInSessions"/> still checks the session, so a signed-out cookie stops working as before.
/// Each request gets its own copy, since the handler may change a ticket it renews.</summary>
public sealed class RememberedTickets(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider clock) : ISecureDataFormat<AuthenticationTicket>
{
    private readonly ShortMemory<string, AuthenticationTicket> _tickets = new(10_000, StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null) return inner.Unprotect(protectedText, purpose);
        var now = clock.GetUtcNow();
        if (_tickets.TryRecall(protectedText, now, out var remembered)) return Copy(remembered);
        if (inner.Unprotect(protectedText) is not { } ticket) return null;
        _tickets.Remember(protectedText, ticket, now + SignInSessions.RecheckAfter);
        return Copy(ticket);
    }

    private static AuthenticationTicket Copy(AuthenticationTicket ticket) =>
        new(ticket.Principal.Clone(), ticket.Properties.Clone(), ticket.AuthenticationScheme);

    /// <summary>Wraps the application cookie's ticket format once the cookie handler has made it.</summary>
    public sealed class Wrap(TimeProvider clock) : IPostConfigureOptions<CookieAuthenticationOptions>
    {
        public void PostConfigure(string? name, CookieAuthenticationOptions options)
        {
            if (name == IdentityConstants.ApplicationScheme && options.TicketDataFormat is not RememberedTickets)
                options.TicketDataFormat = new RememberedTickets(options.TicketDataFormat, clock);
        }
    }
}
