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
/// signed-in page's time. Ending a session takes effect at once on this server (its entry is dropped) and,
/// through the <see cref="Cluster.IClusterBus"/>, on the others; should that message be lost, within
/// <see cref="RecheckAfter"/>.</summary>
public static class SignInSessions
{
    public const string ClaimType = "marketplace:session";

    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(20);

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
        var services = context.HttpContext.RequestServices;
        var clock = services.GetRequiredService<TimeProvider>().GetUtcNow();
        // Identity's own check of the security stamp, when it is due: the validator it builds (a user manager,
        // a sign-in manager, a database context) costs more than the page it guards, so it is not built otherwise.
        var stampInterval = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval;
        if (context.Properties.IssuedUtc is not { } issued || clock - issued > stampInterval)
            await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is null) return;
        var now = clock.UtcDateTime;
        if (SessionOf(context.Principal) is { } id)
        {
            var trusted = services.GetRequiredService<TrustedSessions>();
            if (trusted.IsTrusted(id, now)) return;
            if (await IsActive(services.GetRequiredService<MarketplaceDbContext>(), id))
            {
                trusted.Trust(id, now + RecheckAfter);
                return;
            }
            trusted.Forget(id);
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
    public static async Task EndAsync(MarketplaceDbContext db, TrustedSessions trusted, ClaimsPrincipal user, DateTime nowUtc, CancellationToken ct)
    {
        if (SessionOf(user) is not { } id) return;
        await db.MemberSessions.Where(s => s.Id == id && s.EndedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAtUtc, nowUtc), ct);
        await trusted.ForgetEverywhereAsync([id]);
    }

    /// <summary>Ends every session of a member: a password reset or change, or a withdrawal.</summary>
    public static async Task EndAllAsync(MarketplaceDbContext db, TrustedSessions trusted, string memberId, DateTime nowUtc, CancellationToken ct)
    {
        var ids = await db.MemberSessions.Where(s => s.MemberId == memberId && s.EndedAtUtc == null).Select(s => s.Id).ToListAsync(ct);
        await db.MemberSessions.Where(s => s.MemberId == memberId && s.EndedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAtUtc, nowUtc), ct);
        await trusted.ForgetEverywhereAsync(ids);
    }
}

/// <summary>This server's sessions found active, each with the time until which that answer is trusted.
/// Ended sessions are forgotten here and announced to the other servers, which forget them too.</summary>
public sealed class TrustedSessions
{
    private readonly ShortMemory<Guid, bool> _active = new(50_000);
    private readonly Cluster.IClusterBus _cluster;

    public TrustedSessions(Cluster.IClusterBus cluster)
    {
        _cluster = cluster;
        cluster.Subscribe(Cluster.ClusterTopics.SessionEnded, message =>
        {
            if (Guid.TryParseExact(message, "N", out var id)) Forget(id);
        });
    }

    public bool IsTrusted(Guid id, DateTime nowUtc) => _active.TryRecall(id, new DateTimeOffset(nowUtc, TimeSpan.Zero), out _);

    public void Trust(Guid id, DateTime untilUtc) => _active.Remember(id, true, new DateTimeOffset(untilUtc, TimeSpan.Zero));

    public void Forget(Guid id) => _active.Forget(id);

    // After the UPDATE: a request in between reads the ended row and is refused anyway.
    public async Task ForgetEverywhereAsync(IReadOnlyList<Guid> ids)
    {
        foreach (var id in ids)
        {
            Forget(id);
            await _cluster.PublishAsync(Cluster.ClusterTopics.SessionEnded, id.ToString("N"));
        }
    }
}
