using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Behaviors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Account;

public static partial class MyAccount
{
    /// <summary>Marketing on or off (kept as a consent with its time, 정보통신망법 §50) and which progress mail to get.
    /// Mail the member must get (sign-up, password, payment and refund receipts) is sent regardless.</summary>
    public sealed record ChooseMail(string MemberId, MailChoices Form) : IRequest<Unit>, ITransactional;

    public sealed class ChooseMailHandler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<ChooseMail, Unit>
    {
        public async Task<Unit> Handle(ChooseMail command, CancellationToken ct)
        {
            var member = await db.Users.FirstAsync(u => u.Id == command.MemberId, ct);
            if (member.AcceptsMarketing != command.Form.AcceptsMarketing)
                db.Consents.Add(new Consent(member.Id, ConsentItem.Marketing, 0, command.Form.AcceptsMarketing, clock.GetUtcNow().UtcDateTime));
            member.ChooseMail(command.Form.AcceptsMarketing, command.Form.OrderProgress, command.Form.ProcurementProgress, command.Form.WishlistNews);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
