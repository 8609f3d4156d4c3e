using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Notices;

/// <summary>The operator adds a kind of product notice or changes one's name and items (audited). Listings keep
/// what they stated; the next submission for review is checked against the new items.</summary>
public static class SaveNoticeKind
{
    public sealed record Command(NoticeKinds.Form Form) : IRequest<bool>, ITransactional;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Form.Code).NotEmpty().MaximumLength(60).Matches("^[a-z0-9-]+$").WithMessage(_ => texts["Notice.CodeInvalid"]);
            RuleFor(c => c.Form.Name).NotEmpty().MaximumLength(100).WithMessage(_ => texts["Error.NoticeTemplateInvalid"]);
            RuleFor(c => c.Form.NameEn).MaximumLength(100).WithMessage(_ => texts["Checkout.TooLong", 100]);
            RuleFor(c => c.Form.Fields).Must(f => Lines(f) is { Count: > 0 and <= NoticeTemplate.MaxFields } lines
                    && lines.All(l => l.Length <= NoticeTemplate.MaxFieldLength) && lines.Distinct().Count() == lines.Count)
                .WithMessage(_ => texts["Error.NoticeTemplateInvalid"]);
        }
    }

    public static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    public sealed class Handler(MarketplaceDbContext db, IStringLocalizer<Texts> texts) : IRequestHandler<Command, bool>
    {
        public async Task<bool> Handle(Command command, CancellationToken ct)
        {
            var form = command.Form;
            var code = form.Code.Trim();
            if (await db.NoticeTemplates.AnyAsync(t => t.Code == code && t.Id != form.Id, ct))
                throw InputValidationException.For("Form.Code", texts["Notice.CodeTaken", code]);
            if (form.Id is { } id)
            {
                var template = await db.NoticeTemplates.FirstOrDefaultAsync(t => t.Id == id, ct);
                if (template is null) return false;
                template.Rename(form.Name, form.NameEn);
                template.SetFields(Lines(form.Fields));
            }
            else db.NoticeTemplates.Add(new NoticeTemplate(code, form.Name, form.NameEn, Lines(form.Fields)));
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
