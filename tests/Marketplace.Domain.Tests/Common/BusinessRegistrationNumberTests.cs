using Marketplace.Domain.Common;

namespace Marketplace.Domain.Tests.Common;

public class BusinessRegistrationNumberTests
{
    [Theory]
    [InlineData("220-81-62517")]
    [InlineData("1048137225")]
    [InlineData("124-81-00998")]
    [InlineData(" 101-86-23746 ")]
    public void A_number_whose_check_digit_matches_is_accepted(string input)
    {
        Assert.True(BusinessRegistrationNumber.TryParse(input, out var number));
        Assert.Equal(10, number.Digits.Length);
    }

    [Theory]
    [InlineData("220-81-62518")]
    [InlineData("1048137226")]
    [InlineData("124-81-00999")]
    [InlineData("123-45-6789")]
    [InlineData("123-45-678901")]
    [InlineData("12a-45-67890")]
    [InlineData("")]
    [InlineData(null)]
    public void A_number_that_fails_the_checksum_or_shape_is_refused(string? input) =>
        Assert.False(BusinessRegistrationNumber.TryParse(input, out _));

    [Fact]
    public void The_check_digit_follows_the_published_weights()
    {
        // 1·1 + 2·3 + 3·7 + 4·1 + 5·3 + 6·7 + 7·1 + 8·3 + 9·5 = 165; + floor(9·5/10) = 4 → 169; (10 − 9) mod 10 = 1
        Assert.Equal(1, BusinessRegistrationNumber.CheckDigit("1234567890"));
    }

    [Fact]
    public void A_number_is_shown_with_dashes()
    {
        var number = BusinessRegistrationNumber.Parse("1234567891");
        Assert.Equal("123-45-67891", number.ToString());
    }

    [Fact]
    public void Parsing_a_bad_number_throws_a_domain_error_with_its_code()
    {
        var error = Assert.Throws<DomainException>(() => BusinessRegistrationNumber.Parse("123-45-67890"));
        Assert.Equal(ErrorCodes.InvalidRegistrationNumber, error.Code);
    }
}
