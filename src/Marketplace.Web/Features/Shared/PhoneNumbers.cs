namespace Marketplace.Web.Features.Shared;

/// <summary>Korean telephone numbers as forms take them, with or without hyphens.</summary>
public static class PhoneNumbers
{
    /// <summary>A mobile or area number: 010-1234-5678, 02-123-4567, 031-123-4567.</summary>
    public const string Personal = @"^0\d{1,2}-?\d{3,4}-?\d{4}$";

    /// <summary>Also a business's nationwide number: 1588-0000.</summary>
    public const string Business = Personal + @"|^1\d{3}-?\d{4}$";
}
