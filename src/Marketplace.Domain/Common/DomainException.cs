namespace Marketplace.Domain.Common;

/// <summary>A rule of the domain was broken. <see cref="Code"/> is a localization key
/// the web layer turns into a message in the user's language.</summary>
public class DomainException(string code, string? detail = null)
    : Exception(detail is null ? code : $"{code}: {detail}")
{
    public string Code { get; } = code;
}
