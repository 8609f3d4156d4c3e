using Marketplace.Domain.Common;

namespace Marketplace.Domain.Tests.Common;

public class WonTests
{
    [Theory]
    [InlineData(11_000, 10_000, 1_000)]
    [InlineData(15_800, 14_364, 1_436)]
    [InlineData(0, 0, 0)]
    [InlineData(1, 1, 0)]
    public void A_VAT_inclusive_price_splits_into_supply_and_vat_that_add_up(long price, long supply, long vat)
    {
        var (s, v) = new Won(price).SplitVat();
        Assert.Equal(supply, s.Amount);
        Assert.Equal(vat, v.Amount);
        Assert.Equal(price, (s + v).Amount);
    }

    [Fact]
    public void Amounts_add_and_multiply_in_whole_won()
    {
        Assert.Equal(new Won(36_000), new Won(12_000) * 3);
        Assert.Equal(new Won(500), new Won(1_200) - new Won(700));
    }

    [Fact]
    public void Overflow_is_an_error_not_a_wrong_amount() =>
        Assert.Throws<OverflowException>(() => new Won(long.MaxValue) + new Won(1));
}
