using System.Diagnostics.CodeAnalysis;

namespace Marketplace.Domain.Common;

/// <summary>사업자등록번호: ten digits, shown as 123-45-67890, whose last digit is a checksum.</summary>
public sealed record BusinessRegistrationNumber
{
    private static readonly int[] Weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];

    private BusinessRegistrationNumber(string digits) => Digits = digits;

    /// <summary>The ten digits without dashes, as stored.</summary>
    public string Digits { get; }

    public static bool TryParse(string? input, [NotNullWhen(true)] out BusinessRegistrationNumber? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 20) return false;
        var digits = new string(input.Where(c => c is not ('-' or ' ')).ToArray());
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit)) return false;
        if (CheckDigit(digits) != digits[9] - '0') return false;
        number = new BusinessRegistrationNumber(digits);
        return true;
    }

    public static BusinessRegistrationNumber Parse(string? input) =>
        TryParse(input, out var number)
            ? number
            : throw new DomainException(ErrorCodes.InvalidRegistrationNumber, input);

    /// <summary>Weights 1,3,7,1,3,7,1,3,5 on the first nine digits, plus floor(d9 × 5 / 10);
    /// the check digit is (10 − sum mod 10) mod 10.</summary>
    public static int CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (digits[i] - '0') * Weights[i];
        sum += (digits[8] - '0') * 5 / 10;
        return (10 - sum % 10) % 10;
    }

    public override string ToString() => Format(Digits);

    /// <summary>Stored digits as people write them: <c>123-45-67890</c>.</summary>
    public static string Format(string digits) => digits.Length == 10 ? $"{digits[..3]}-{digits[3..5]}-{digits[5..]}" : digits;
}
