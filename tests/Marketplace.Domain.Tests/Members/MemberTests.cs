using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Members;

namespace Marketplace.Domain.Tests.Members;

public class MemberTests
{
    [Fact]
    public void A_member_belongs_to_at_most_one_enterprise_or_institution()
    {
        var member = new Member("a@demo.kr", "에이", DateTime.UtcNow, SignUpChannel.Direct);
        member.JoinEnterprise(1);
        var error = Assert.Throws<DomainException>(() => member.JoinInstitution(2));
        Assert.Equal(ErrorCodes.MemberAlreadyLinked, error.Code);
        Assert.Null(member.InstitutionId);
    }

    [Fact]
    public void A_product_refuses_a_negative_price_or_stock()
    {
        Assert.Equal(ErrorCodes.NegativePrice, Assert.Throws<DomainException>(() =>
            new Product(1, 1, ProductKind.Goods, "비누", "Soap", "", "", new Won(-1), 1, DateTime.UtcNow)).Code);
        Assert.Equal(ErrorCodes.NegativeStock, Assert.Throws<DomainException>(() =>
            new Product(1, 1, ProductKind.Goods, "비누", "Soap", "", "", new Won(1000), -1, DateTime.UtcNow)).Code);
    }

    [Fact]
    public void A_draft_cannot_be_published_without_review()
    {
        var enterprise = NewEnterprise();
        enterprise.Approve();
        var product = new Product(enterprise.Id, 1, ProductKind.Goods, "비누", "Soap", "", "", new Won(1000), 1, DateTime.UtcNow);
        Assert.Throws<DomainException>(() => product.Publish(enterprise, product.Revision));
        product.SubmitForReview();
        product.Publish(enterprise, product.Revision);
        Assert.Equal(ProductStatus.Published, product.Status);
    }

    [Fact]
    public void A_listing_of_an_enterprise_not_yet_approved_stays_hidden()
    {
        var enterprise = NewEnterprise();
        var product = new Product(enterprise.Id, 1, ProductKind.Goods, "비누", "Soap", "", "", new Won(1000), 1, DateTime.UtcNow);
        product.SubmitForReview();
        var error = Assert.Throws<DomainException>(() => product.Publish(enterprise, product.Revision));
        Assert.Equal(ErrorCodes.EnterpriseNotApproved, error.Code);
        Assert.Equal(ProductStatus.PendingReview, product.Status);
    }

    private static Marketplace.Domain.Enterprises.Enterprise NewEnterprise(bool withSellerInformation = true)
    {
        var enterprise = new Marketplace.Domain.Enterprises.Enterprise("두레공방", "Dure Craft",
            Marketplace.Domain.Enterprises.EnterpriseType.Cooperative, BusinessRegistrationNumber.Parse("1234567891"), Region.Jeju, DateTime.UtcNow);
        if (withSellerInformation)
            enterprise.DescribeSeller("고두레", new Marketplace.Domain.Enterprises.SellerInformation("제2026-제주-0001호", false,
                "064-123-4567", "shop@dure.example", "제주특별자치도 제주시 중앙로 1", "제주특별자치도 제주시 중앙로 1 반품센터"));
        return enterprise;
    }

    [Fact]
    public void A_listing_of_an_enterprise_that_has_not_said_who_sells_stays_hidden()
    {
        var enterprise = NewEnterprise(withSellerInformation: false);
        enterprise.Approve();
        var product = new Product(enterprise.Id, 1, ProductKind.Goods, "비누", "Soap", "", "", new Won(1000), 1, DateTime.UtcNow);
        product.SubmitForReview();
        Assert.Equal(ErrorCodes.SellerInformationMissing, Assert.Throws<DomainException>(() => product.Publish(enterprise, product.Revision)).Code);
        Assert.Equal(ProductStatus.PendingReview, product.Status);
    }

    [Fact]
    public void Search_text_holds_both_names_lower_cased()
    {
        var product = new Product(1, 1, ProductKind.Goods, "친환경 주방세제", "Eco Dish SOAP", "", "", new Won(1000), 1, DateTime.UtcNow);
        Assert.Contains("세제", product.SearchText);
        Assert.Contains("dish soap", product.SearchText);
    }
}
