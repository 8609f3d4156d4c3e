using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Ordering;

namespace Marketplace.Domain.Tests.Catalog;

public class NoticeAndOptionTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 3, 0, 0, DateTimeKind.Utc);

    // Enterprise 0: the id a new, unsaved enterprise has, so Seller() can publish it.
    private static Product Jam() => new(0, 1, ProductKind.Goods, "수제 딸기잼", "Jam", "잼", "Jam", new Won(10_000), 0, Now);

    private static Enterprise Seller()
    {
        var enterprise = new Enterprise("(주)행복푸드", "Happy Food", EnterpriseType.CertifiedSocialEnterprise,
            BusinessRegistrationNumber.Parse("123-45-67891"), Region.Seoul, Now);
        enterprise.DescribeSeller("김대표", new SellerInformation("제2026-서울-0001호", false, "02-123-4567", "a@b.kr", "서울", "서울"));
        enterprise.Approve();
        return enterprise;
    }

    [Fact]
    public void Options_set_the_listing_stock_to_their_sum_and_price_each_from_the_listing()
    {
        var jam = Jam();
        jam.SetOptions("용량", [new("300g", 0, 5, "J-300"), new("1kg", 14_000, 2, "J-1K")]);
        Assert.Equal(7, jam.Stock);
        Assert.Equal(24_000, jam.PriceOf(jam.Options.Single(o => o.Name == "1kg")).Amount);
        Assert.Equal(10_000, jam.PriceOf(null).Amount);
    }

    [Theory]
    [InlineData("same", "same")]
    [InlineData("", "x")]
    public void Options_need_distinct_non_empty_names(string first, string second)
    {
        var e = Assert.Throws<DomainException>(() => Jam().SetOptions(null, [new(first, 0, 1, null), new(second, 0, 1, null)]));
        Assert.Equal(ErrorCodes.OptionsInvalid, e.Code);
    }

    [Fact]
    public void An_option_may_not_bring_the_price_below_zero_nor_have_negative_stock()
    {
        Assert.Equal(ErrorCodes.NegativePrice, Assert.Throws<DomainException>(() => Jam().SetOptions(null, [new("소", -10_001, 1, null)])).Code);
        Assert.Equal(ErrorCodes.NegativeStock, Assert.Throws<DomainException>(() => Jam().SetOptions(null, [new("소", 0, -1, null)])).Code);
    }

    [Fact]
    public void Once_published_the_options_keep_their_names_and_prices_and_keep_their_ids()
    {
        var jam = Jam();
        jam.SetOptions("용량", [new("300g", 0, 5, null), new("1kg", 14_000, 2, null)]);
        jam.SubmitForReview();
        jam.Publish(Seller(), jam.Revision);
        var before = jam.Options.ToList();

        Assert.Equal(ErrorCodes.OptionsLockedWhilePublished,
            Assert.Throws<DomainException>(() => jam.SetOptions("용량", [new("300g", 0, null, null), new("1kg", 15_000, null, null)])).Code);
        Assert.Equal(ErrorCodes.OptionsLockedWhilePublished,
            Assert.Throws<DomainException>(() => jam.SetOptions("용량", [new("300g", 0, null, null)])).Code);

        jam.SetOptions("용량", [new("300g", 0, null, "NEW-SKU"), new("1kg", 14_000, null, null)]);
        Assert.Equal(before, jam.Options);
        Assert.Equal("NEW-SKU", jam.Options[0].Sku);
        Assert.Equal(7, jam.Stock);
    }

    [Fact]
    public void A_cart_keeps_one_line_per_product_and_option()
    {
        var cart = Cart.ForMember("m", Now);
        cart.Add(5, 1, 1, 10, Now);
        cart.Add(5, 2, 1, 10, Now);
        cart.Add(5, 1, 2, 10, Now);
        Assert.Equal([(1, 3), (2, 1)], cart.Lines.Select(l => (l.OptionId!.Value, l.Quantity)).OrderBy(l => l.Item1));
        Assert.Equal(ErrorCodes.NotEnoughStock, Assert.Throws<DomainException>(() => cart.Add(5, 2, 5, 5, Now)).Code);
    }

    [Fact]
    public void A_notice_names_its_missing_items_and_a_required_one_holds_back_the_review()
    {
        var kind = new NoticeTemplate("processed-food", "가공식품", "Processed food", ["식품의 유형", "생산자 및 소재지", "소비자상담 관련 전화번호"]);
        var jam = Jam();
        Assert.Equal(kind.Fields, jam.MissingNoticeItems(kind));
        jam.FillNotice(kind, ["잼류", "  ", null]);
        Assert.Equal(["생산자 및 소재지", "소비자상담 관련 전화번호"], jam.MissingNoticeItems(kind));
        Assert.Equal(ErrorCodes.NoticeIncomplete, Assert.Throws<DomainException>(() => jam.SubmitForReview(noticeRequired: true, kind)).Code);

        jam.FillNotice(kind, ["잼류", "행복푸드 / 서울", "02-123-4567"]);
        jam.SubmitForReview(noticeRequired: true, kind);
        Assert.Equal(ProductStatus.PendingReview, jam.Status);
        Assert.Equal("행복푸드 / 서울", jam.Notice[1].Value);
    }

    [Fact]
    public void A_notice_kind_needs_one_to_thirty_distinct_items()
    {
        Assert.Throws<DomainException>(() => new NoticeTemplate("x", "이름", "", []));
        Assert.Throws<DomainException>(() => new NoticeTemplate("x", "이름", "", ["같음", "같음"]));
        Assert.Throws<DomainException>(() => new NoticeTemplate("x", "이름", "", Enumerable.Range(0, 31).Select(i => $"항목 {i}")));
        Assert.Throws<DomainException>(() => new NoticeTemplate("x", " ", "", ["항목"]));
    }
}
