using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Ordering;
using Marketplace.Domain.Procurement;

namespace Marketplace.Domain.Tests.Enterprises;

public class SocialValueTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 3, 0, 0, DateTimeKind.Utc);

    private static SocialValueYear Figures(long sales, long products = 0, long employment = 0, long fairTrade = 0, long environment = 0,
        int employees = 0, int vulnerable = 0, long carbonKg = 0, int year = 2026)
    {
        var figures = new SocialValueYear(0, year, 2026);
        figures.Record(new SocialValueFigures(sales, 0, products, employees, vulnerable, employment, 0, fairTrade, carbonKg, environment, FigureSource.SpcMeasured));
        return figures;
    }

    private static Order PaidOrder(long unitPrice, int quantity)
    {
        var order = new Order(Guid.NewGuid(), "member", 0, new ShippingAddress("김하나", "010-1234-5678", "04524", "서울 중구 세종대로 110", ""), Now);
        order.AddLine(1, "수제 도시락", new Won(unitPrice), quantity);
        order.MarkPaid(Now);
        return order;
    }

    [Fact]
    public void A_million_won_from_a_firm_with_half_a_billion_of_sales_and_89_million_of_value_carries_178_000_won()
    {
        var figures = Figures(500_000_000, products: 50_000_000, employment: 20_000_000, fairTrade: 9_000_000, environment: 10_000_000,
            employees: 25, vulnerable: 10, carbonKg: 30_000);
        Assert.Equal(89_000_000, figures.TotalWon);
        var order = PaidOrder(250_000, 4);

        order.AttributeSocialValue(figures);

        var share = order.Lines[0].SocialValue!;
        Assert.Equal((2026, 100_000L, 40_000L, 18_000L, 20_000L), (share.Year, share.ProductsWon, share.EmploymentWon, share.FairTradeWon, share.EnvironmentWon));
        Assert.Equal(178_000, share.TotalWon);
        // 1,000,000 / 500,000,000 = 0.002 of 10 jobs and of 30,000 kg.
        Assert.Equal((0.02m, 60m), (share.VulnerableJobs, share.CarbonKg));
    }

    [Fact]
    public void Each_area_is_rounded_to_whole_won_jobs_to_four_places_and_carbon_to_two()
    {
        // 17,600 / 700,000,000 of each figure: 3,104.056… won, 1,396.825… won, 0.0000251… won,
        // 12 jobs → 0.000302, 40,000 kg → 1.0057.
        var figures = Figures(700_000_000, products: 123_456_789, employment: 55_555_555, fairTrade: 1, employees: 30, vulnerable: 12, carbonKg: 40_000);
        var order = PaidOrder(17_600, 1);

        order.AttributeSocialValue(figures);

        var share = order.Lines[0].SocialValue!;
        Assert.Equal((3_104L, 1_397L, 0L, 0L, 4_501L), (share.ProductsWon, share.EmploymentWon, share.FairTradeWon, share.EnvironmentWon, share.TotalWon));
        Assert.Equal((0.0003m, 1.01m), (share.VulnerableJobs, share.CarbonKg));
    }

    [Fact]
    public void A_year_without_figures_or_without_sales_gives_no_share()
    {
        var order = PaidOrder(30_000, 1);
        order.AttributeSocialValue(null);
        Assert.Null(order.Lines[0].SocialValue);

        var withoutSales = new SocialValueYear(0, 2026, 2026);
        withoutSales.Record(new SocialValueFigures(0, 0, 0, 5, 2, 0, 0, 0, 100, 0, FigureSource.SelfReported));
        order.AttributeSocialValue(withoutSales);
        Assert.Null(order.Lines[0].SocialValue);
    }

    [Fact]
    public void A_later_correction_of_the_figures_does_not_change_a_share_already_fixed()
    {
        var figures = Figures(500_000_000, products: 89_000_000);
        var order = PaidOrder(1_000_000, 1);
        order.AttributeSocialValue(figures);

        figures.Record(figures.Figures with { ProductsWon = 200_000_000 });
        order.AttributeSocialValue(figures);

        Assert.Equal(178_000, order.Lines[0].SocialValue!.TotalWon);
        Assert.Equal(200_000_000, figures.TotalWon);
    }

    [Fact]
    public void An_inspected_procurement_line_carries_the_share_of_what_was_accepted_only()
    {
        var enterprise = new Enterprise("(주)행복청소", "Happy Cleaning", EnterpriseType.CertifiedSocialEnterprise,
            BusinessRegistrationNumber.Parse("123-45-67891"), Region.Seoul, Now);
        enterprise.Certify("2020-001", new DateOnly(2027, 12, 31));
        var order = new PurchaseOrder(7, enterprise, "buyer", PurchaseMethod.DirectPurchase, null, "세종청사", new DateOnly(2026, 12, 10),
            [PurchaseOrderLine.AtSupplyPrice("사무실 정기 청소", ProductKind.Service, 10, 100_000)], Now);
        order.Approve("approver", Now);
        order.Confirm(Now);
        order.Ship(new Dictionary<int, int> { [0] = 10 }, "직접", "-", Now);

        order.AttributeSocialValue(Figures(440_000_000, employment: 44_000_000, vulnerable: 11, employees: 20));
        Assert.Null(order.Lines[0].SocialValue);

        order.Inspect(new Dictionary<int, int> { [0] = 8 }, "2회 미실시", true, Now);
        order.AttributeSocialValue(Figures(440_000_000, employment: 44_000_000, vulnerable: 11, employees: 20));

        // Accepted: 8 × (100,000 + 10,000) = 880,000 won, 0.002 of the year's sales.
        var share = order.Lines[0].SocialValue!;
        Assert.Equal((88_000L, 88_000L, 0.022m), (share.EmploymentWon, share.TotalWon, share.VulnerableJobs));
    }

    [Fact]
    public void Figures_guard_their_own_consistency_and_a_change_takes_the_verification_away()
    {
        Assert.Equal(ErrorCodes.SocialValueYearOutOfRange, Assert.Throws<DomainException>(() => new SocialValueYear(0, 2027, 2026)).Code);
        Assert.Equal(ErrorCodes.SocialValueYearOutOfRange, Assert.Throws<DomainException>(() => new SocialValueYear(0, 2017, 2026)).Code);
        var figures = Figures(100_000_000, products: 1_000_000, employees: 5, vulnerable: 2);
        Assert.Equal(ErrorCodes.VulnerableJobsExceedTotal,
            Assert.Throws<DomainException>(() => figures.Record(figures.Figures with { VulnerableEmployees = 6 })).Code);
        Assert.Equal(ErrorCodes.SocialValueFigureInvalid,
            Assert.Throws<DomainException>(() => figures.Record(figures.Figures with { SalesWon = -1 })).Code);

        figures.Verify("operator", Now);
        figures.Record(figures.Figures);
        Assert.True(figures.IsVerified);
        figures.Record(figures.Figures with { CarbonKg = 10 });
        Assert.False(figures.IsVerified);
    }
}
