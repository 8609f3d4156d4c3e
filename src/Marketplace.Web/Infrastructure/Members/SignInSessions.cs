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
/// cookie therefore stops working at sign-out, "remember me" or not. The check is one primary-key read,
/// made at most once per <see cref="RecheckAfter"/> for a session found active: the read was over a fifth of a
/// signed-in page's time. Ending a session on this server takes effect at once (its entry is dropped);
/// ended on another server, within <see cref="RecheckAfter"/>.</summary>
public static class SignInSessions
{
    public const string ClaimType = "marketplace:session";

    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(20);
    private const int MaxRemembered = 50_000;

    /// <summary>Sessions found active, with the time until which that answer is trusted.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, DateTime> ActiveUntil = new();

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
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        if (SessionOf(context.Principal) is { } id)
        {
            if (ActiveUntil.TryGetValue(id, out var until) && until > now) return;
            if (await IsActive(services.GetRequiredService<MarketplaceDbContext>(), id))
            {
                if (ActiveUntil.Count >= MaxRemembered) ActiveUntil.Clear();
                ActiveUntil[id] = now + RecheckAfter;
                return;
            }
            ActiveUntil.TryRemove(id, out _);
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    // Not a compiled query: one process may serve several providers' models (the tests do), and a compiled query belongs to one.
    private static Task<bool> IsActive(MarketplaceDbContext db, Guid id) =>
        db.MemberSessions.AsNoTracking().AnyAsync(s => s.Id == id && s.EndedAtUtc == null);

    public static Guid? SessionOf(ClaimsPrincipal user) =>
        Guid.TryParseExact(user.FindFirstValue(ClaimType), "N", out var id) ? id : null;

    /// <summary>Ends the signed-in browser's session (sign-out).</summary>
    public static async Task EndAsync(MarketplaceDbContext db, ClaimsPrincipal user, DateTime nowUtc, CancellationToken ct)
    {
        if (SessionOf(user) is not { } id) return;
        ActiveUntil.TryRemove(id, out _);
        await db.MemberSessions.Where(s => s.Id == id && s.EndedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAtUtc, nowUtc), ct);
    }

    /// <summary>Ends every session of a member: a password reset or change, or a withdrawal.</summary>
    public static async Task EndAllAsync(MarketplaceDbContext db, string memberId, DateTime nowUtc, CancellationToken ct)
    {
        foreach (var id in await db.MemberSessions.Where(s => s.MemberId == memberId && s.EndedAtUtc == null).Select(s => s.Id).ToListAsync(ct))
            ActiveUntil.TryRemove(id, out _);
        await db.MemberSessions.Where(s => s.MemberId == memberId && s.EndedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAtUtc, nowUtc), ct);
    }
}
