using System.Security.Claims;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.Members;

/// <summary>Server-side sign-in sessions. Signing in records a <see cref="MemberSession"/> and puts its id
/// in the cookie; every request checks that the session has not ended; signing out ends it. A copied
/// cookie therefore stops working at sign-out, "remember me" or not. The check is one primary-key read.</summary>
public static class SignInSessions
{
    public const string ClaimType = "marketplace:session";

    public static void Attach(CookieAuthenticationOptions cookie)
    {
        cookie.Events.OnSigningIn = StartAsync;
        cookie.Events.OnValidatePrincipal = ValidateAsync;
    }

    /// <summary>Identity rebuilds the principal when it re-checks the security stamp: keep the session.</summary>
    public static Task KeepOnRefresh(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(ClaimType) is { } session && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && identity.FindFirst(ClaimType) is null)
            identity.AddClaim(new Claim(ClaimType, session.Value));
        return Task.CompletedTask;
    }

    private static async Task StartAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || identity.FindFirst(ClaimType) is not null) return;
        if (identity.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { } memberId) return;
        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<MarketplaceDbContext>();
        var session = new MemberSession(memberId, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        db.MemberSessions.Add(session);
        await db.SaveChangesAsync();
        identity.AddClaim(new Claim(ClaimType, session.Id.ToString("N")));
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is null) return;
        if (SessionOf(context.Principal) is { } id && await context.HttpContext.RequestServices.GetRequiredService<MarketplaceDbContext>()
                .MemberSessions.AsNoTracking().AnyAsync(s => s.Id == id && s.EndedAtUtc == null))
            return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    public static Guid? SessionOf(ClaimsPrincipal user) =>
        Guid.TryParseExact(user.FindFirstValue(ClaimType), "N", out var id) ? id : null;

    /// <summary>Ends the signed-in browser's session (sign-out).</summary>
    public static async Task EndAsync(MarketplaceDbContext db, ClaimsPrincipal user, DateTime nowUtc, CancellationToken ct)
    {
        if (SessionOf(user) is not { } id) return;
        await db.MemberSessions.Where(s => s.Id == id && s.EndedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAtUtc, nowUtc), ct);
    }

    /// <summary>Ends every session of a member: a password reset or change, or a withdrawal.</summary>
    public static Task EndAllAsync(MarketplaceDbContext db, string memberId, DateTime nowUtc, CancellationToken ct) =>
        db.MemberSessions.Where(s => s.MemberId == memberId && s.EndedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAtUtc, nowUtc), ct);
}
