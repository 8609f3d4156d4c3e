using FluentValidation;
using Marketplace.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin;

/// <summary>The operator's answer in every approval queue.</summary>
public enum Decision { Approve, Reject }

/// <summary>A decision of an approval queue: rejecting needs a reason the applicant will read.</summary>
public interface IDecision
{
    Decision Decision { get; }
    string? Reason { get; }
}

public abstract class DecisionValidator<T> : AbstractValidator<T> where T : IDecision
{
    protected DecisionValidator(IStringLocalizer<Texts> texts) =>
        RuleFor(d => d.Reason).NotEmpty().When(d => d.Decision == Decision.Reject).WithMessage(_ => texts["Admin.ReasonRequired"])
            .MaximumLength(500).WithMessage(_ => texts["Checkout.TooLong", 500]);
}
