using System.Globalization;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Domain.Messaging;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Email;

/// <summary>What a mail is about, so a member's choices on <c>/account</c> can be honoured.</summary>
public enum MailTopic
{
    /// <summary>A receipt or a step the member must know of (paid, cancelled, refunded, a new order to ship): always sent.</summary>
    Required,
    /// <summary>A consumer order's progress (shipped, delivered).</summary>
    OrderProgress,
    /// <summary>Quotes, approvals, deliveries and invoices between institutions and enterprises.</summary>
    Procurement,
    /// <summary>A wished product back in stock or cheaper.</summary>
    Wishlist,
}

/// <summary>Mail to the people a step concerns, each in the language they chose, queued in the step's own unit of
/// work: the rows are added to the context and leave with the step's <c>SaveChanges</c>, or not at all.
/// A template is <c>Mail.{Name}.Subject</c> and <c>Mail.{Name}.Body</c>; the link to the page is the last argument,
/// <see cref="Won"/> arguments are written in the recipient's language, and a <c>Func&lt;string, string&gt;</c> argument
/// is asked for its text in it ("ko" or "en").</summary>
public sealed class MemberMail(MarketplaceDbContext db, TextCatalog catalog, IOptions<SiteSettings> site, TimeProvider clock)
{
    private sealed record Recipient(string Email, string Culture, bool OrderProgress, bool Procurement, bool Wishlist);

    public async Task ToMemberAsync(string memberId, MailTopic topic, string template, string path, object[] args, CancellationToken ct) =>
        Queue(await Recipients(db.Users.Where(u => u.Id == memberId)).ToListAsync(ct), topic, template, path, args);

    /// <summary>Every member of the enterprise (owner and staff).</summary>
    public async Task ToEnterpriseAsync(int enterpriseId, MailTopic topic, string template, string path, object[] args, CancellationToken ct) =>
        Queue(await Recipients(db.Users.Where(u => u.EnterpriseId == enterpriseId)).ToListAsync(ct), topic, template, path, args);

    /// <summary>The institution's members in <paramref name="role"/> (its approvers, its buyers).</summary>
    public async Task ToInstitutionAsync(int institutionId, string role, MailTopic topic, string template, string path, object[] args, CancellationToken ct)
    {
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var members = db.Users.Where(u => u.InstitutionId == institutionId && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == roleId));
        Queue(await Recipients(members).ToListAsync(ct), topic, template, path, args);
    }

    private static IQueryable<Recipient> Recipients(IQueryable<Member> members) =>
        members.Where(u => u.WithdrawnAtUtc == null && u.Email != null)
            .Select(u => new Recipient(u.Email!, u.PreferredCulture, u.MailsOrderProgress, u.MailsProcurementProgress, !u.RefusesWishlistNews));

    private void Queue(IEnumerable<Recipient> recipients, MailTopic topic, string template, string path, object[] args)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var to in recipients)
        {
            if (topic == MailTopic.OrderProgress && !to.OrderProgress || topic == MailTopic.Procurement && !to.Procurement
                || topic == MailTopic.Wishlist && !to.Wishlist) continue;
            var texts = catalog.For(to.Culture);
            var culture = CultureInfo.GetCultureInfo(to.Culture == "en" ? "en-US" : "ko-KR");
            object[] shown = [.. args.Select(a => a switch { Won won => Cultures.Won(won, to.Culture), Func<string, string> text => text(to.Culture), _ => a }), site.Value.LinkTo(path)];
            db.OutgoingMails.Add(new OutgoingMail(to.Email,
                string.Format(culture, texts[$"Mail.{template}.Subject"], shown),
                string.Format(culture, texts[$"Mail.{template}.Body"], shown) + "\n\n" + texts["Mail.Footer"] + "\n", now));
        }
    }
}
