using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Email;
using MediatR;

namespace Marketplace.Web.Features.Procurement.Orders;

public static partial class PurchaseOrders
{
    public sealed record Approve(int InstitutionId, string ApproverId, int OrderId) : IRequest<bool>, ITransactional;

    public sealed class ApproveHandler(MarketplaceDbContext db, Admin.Settings.PlatformSettings settings, MemberMail mail, TimeProvider clock)
        : IRequestHandler<Approve, bool>
    {
        public async Task<bool> Handle(Approve command, CancellationToken ct)
        {
            if (await OwnOrderAsync(db, command.InstitutionId, command.OrderId, ct) is not { } order) return false;
            order.Approve(command.ApproverId, clock.GetUtcNow().UtcDateTime);
            // The enterprise receives the order now: its 발주서 (a simple contract's 계약서) is written now.
            await Documents.IssueDocument.PurchaseOrderAsync(db, order, (int)await settings.GetAsync(Admin.Settings.PlatformSettings.InvoiceDueDays, ct), ct);
            await mail.ToMemberAsync(order.BuyerId, MailTopic.Procurement, "PurchaseOrderApproved", $"/procurement/orders/{order.Id}", [order.Number, order.Total], ct);
            await mail.ToEnterpriseAsync(order.EnterpriseId, MailTopic.Procurement, "PurchaseOrderForEnterprise", $"/seller/procurement/orders/{order.Id}",
                [order.Number, order.Total, order.DeliveryDate], ct);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
