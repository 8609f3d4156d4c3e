using System.Text.Encodings.Web;
using System.Text.Json;
using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Legal;
using Marketplace.Domain.Members;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Members;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Account;

/// <summary><c>/account/withdraw</c>, 회원 탈퇴: after the password is entered again, everything that names the member
/// is deleted or overwritten at once: the account's e-mail, name and phone, saved addresses, cart, sessions, mail
/// waiting or sent to them, invitations to their address, their name in the audit log, and the recipient on their
/// orders. What the law requires kept (전자상거래법 시행령 §6: the contract, payment and delivery records for five
/// years) moves to <see cref="RetainedRecord"/>, which only the operator reads and a daily job deletes when due.
/// Refused while an order is on its way (the enterprise still needs the address) and for an enterprise's owner or
/// an institution's last approver, who hand over first.</summary>
public static class Withdraw
{
    public sealed record Command(string MemberId, string Password, bool Confirmed) : IRequest<Unit>, ITransactional;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Password).NotEmpty().WithMessage(_ => texts["MyAccount.CurrentPasswordWrong"]);
            RuleFor(c => c.Confirmed).Equal(true).WithMessage(_ => texts["Withdraw.ConfirmRequired"]);
        }
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly OrderStatus[] InProgress = [OrderStatus.PendingPayment, OrderStatus.Paid, OrderStatus.Preparing, OrderStatus.Shipped];

    public sealed class Handler(MarketplaceDbContext db, Infrastructure.Members.TrustedSessions trusted, UserManager<Member> users, SignInManager<Member> signIn, TimeProvider clock,
        IStringLocalizer<Texts> texts) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            var member = await db.Users.FirstAsync(u => u.Id == command.MemberId, ct);
            if (!await users.CheckPasswordAsync(member, command.Password))
                throw InputValidationException.For(nameof(command.Password), texts["MyAccount.CurrentPasswordWrong"]);
            if (await db.Orders.AnyAsync(o => o.MemberId == member.Id && InProgress.Contains(o.Status), ct))
                throw new DomainException(ErrorCodes.OrdersInProgress);
            if (member.InstitutionId is { } institution && await IsLastApproverAsync(member, institution, ct))
                throw new DomainException(ErrorCodes.LastApproverMustHandOver);

            var now = clock.GetUtcNow().UtcDateTime;
            var address = member.Email!;
            await KeepWhatTheLawRequiresAsync(member, now, ct);

            await db.SavedAddresses.Where(a => a.MemberId == member.Id).ExecuteDeleteAsync(ct);
            await db.Carts.Where(c => c.MemberId == member.Id).ExecuteDeleteAsync(ct);
            await db.OutgoingMails.Where(m => m.To == address).ExecuteDeleteAsync(ct);
            await db.EnterpriseInvitations.Where(i => i.Email == address).ExecuteDeleteAsync(ct);
            await db.InstitutionInvitations.Where(i => i.Email == address).ExecuteDeleteAsync(ct);
            await db.UserTokens.Where(t => t.UserId == member.Id).ExecuteDeleteAsync(ct);
            await db.UserLogins.Where(l => l.UserId == member.Id).ExecuteDeleteAsync(ct);
            await db.UserRoles.Where(r => r.UserId == member.Id).ExecuteDeleteAsync(ct);
            await db.AuditEntries.Where(e => e.ActorId == member.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.ActorName, ""), ct);
            await SignInSessions.EndAllAsync(db, trusted, member.Id, now, ct);

            member.Withdraw(now);
            await db.SaveChangesAsync(ct);
            await signIn.SignOutAsync();
            return Unit.Value;
        }

        private async Task<bool> IsLastApproverAsync(Member member, int institution, CancellationToken ct)
        {
            var approvers = await users.GetUsersInRoleAsync(Roles.InstitutionApprover);
            return approvers.Any(a => a.Id == member.Id) && !approvers.Any(a => a.Id != member.Id && a.InstitutionId == institution && !a.IsWithdrawn);
        }

        /// <summary>Each order's recipient, with who ordered it, kept five years from the order; the order itself stays
        /// for the enterprise's books with no recipient.</summary>
        private async Task KeepWhatTheLawRequiresAsync(Member member, DateTime now, CancellationToken ct)
        {
            var orders = await db.Orders.Include(o => o.Lines).Where(o => o.MemberId == member.Id).ToListAsync(ct);
            foreach (var order in orders)
            {
                var content = JsonSerializer.Serialize(new
                {
                    Orderer = member.DisplayName, OrdererEmail = member.Email, OrdererPhone = member.PhoneNumber,
                    order.ShipTo.Recipient, order.ShipTo.Phone, order.ShipTo.PostalCode, order.ShipTo.RoadAddress, order.ShipTo.Detail, order.ShipTo.Note,
                    Status = order.Status.ToString(), TotalWon = order.Total.Amount, order.CreatedAtUtc, order.PaidAtUtc, order.DeliveredAtUtc,
                    order.CancelledAtUtc, order.CancellationReason, order.Carrier, order.TrackingNumber,
                    Lines = order.Lines.Select(l => new { l.ProductName, l.Quantity, l.UnitPriceWon }),
                }, Json);
                var reason = RetentionReason.ContractPaymentDelivery;
                db.RetainedRecords.Add(new RetainedRecord(reason, order.Number, content, now, order.CreatedAtUtc.AddYears(RetainedRecord.YearsFor(reason))));
                order.ForgetRecipient();
            }
        }
    }
}
