using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Features.Procurement.Orders;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Email;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Quotes;

public static partial class QuoteRequests
{
    public sealed record Create(int InstitutionId, string BuyerId, Form Form) : IRequest<int>, ITransactional;

    public sealed class Validator : AbstractValidator<Create>
    {
        public Validator(IStringLocalizer<Texts> texts, TimeProvider clock)
        {
            RuleFor(c => c.Form.Title).NotEmpty().WithMessage(_ => texts["Procurement.TitleRequired"]).MaximumLength(200);
            RuleFor(c => c.Form.Kind).IsInEnum();
            OrderRules.DeliveryPlaceAndDate(this, c => c.Form.DeliveryPlace, c => c.Form.DeliveryDate, texts, clock);
            RuleFor(c => c.Form.Deadline).NotNull().WithMessage(_ => texts["Procurement.DeadlineRequired"])
                .Must(d => d is null || d >= KoreaTime.Today(clock)).WithMessage(_ => texts["Procurement.DeadlinePast"]);
            RuleFor(c => c.Form.Items).Must(i => i.Count is > 0 and <= QuoteRequest.MaxItems)
                .WithMessage(_ => texts["Procurement.ItemsRequired", QuoteRequest.MaxItems]);
            RuleForEach(c => c.Form.Items).ChildRules(item =>
            {
                item.RuleFor(i => i.Name).NotEmpty().WithMessage(_ => texts["Procurement.ItemNameRequired"]).MaximumLength(200);
                item.RuleFor(i => i.Specification).MaximumLength(500);
                item.RuleFor(i => i.Quantity).InclusiveBetween(1, 1_000_000).WithMessage(_ => texts["Procurement.QuantityInvalid"]);
            });
            RuleFor(c => c.Form.EnterpriseIds).Must(e => e.Distinct().Count() is > 0 and <= QuoteRequest.MaxRecipients)
                .WithMessage(_ => texts["Procurement.RecipientsRequired", QuoteRequest.MaxRecipients]);
        }
    }

    public sealed class CreateHandler(MarketplaceDbContext db, MemberMail mail, TimeProvider clock) : IRequestHandler<Create, int>
    {
        public async Task<int> Handle(Create command, CancellationToken ct)
        {
            var form = command.Form;
            var recipients = form.EnterpriseIds.Distinct().ToList();
            // Only approved enterprises can be asked; an unknown id is a bad request, not a silent skip.
            var known = await db.Enterprises.CountAsync(e => recipients.Contains(e.Id) && e.Status == ApprovalStatus.Approved, ct);
            if (known != recipients.Count) throw new DomainException(ErrorCodes.EnterpriseNotApproved);
            var request = new QuoteRequest(command.InstitutionId, command.BuyerId, form.Title, form.Kind, form.DeliveryPlace,
                form.DeliveryDate!.Value, form.Deadline!.Value,
                form.Items.Select(i => new QuoteRequestItem(i.Name, i.Specification, i.Quantity)), recipients, clock.GetUtcNow().UtcDateTime);
            db.QuoteRequests.Add(request);
            await db.SaveChangesAsync(ct);
            foreach (var enterprise in recipients)
                await mail.ToEnterpriseAsync(enterprise, MailTopic.Procurement, "QuoteRequested", $"/seller/procurement/quotes/{request.Id}",
                    [request.Number, request.Title, request.Deadline], ct);
            await db.SaveChangesAsync(ct);
            return request.Id;
        }
    }
}
