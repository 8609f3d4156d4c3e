using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Admin.Reviews;
using Marketplace.Web.Features.Seller.Orders;
using Marketplace.Web.Features.Seller.Reviews;
using Marketplace.Web.Features.Shop.Reviews;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Shop.Reviews;

/// <summary>Reviews: only the buyer of a delivered line, once; the enterprise answers once; the operator hides with a
/// reason; the product's average follows in the same transaction.</summary>
public class ReviewTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Words = "포장이 꼼꼼하고 맛이 진해서 가족 모두 좋아했습니다. 다시 살게요.";

    /// <summary>A delivered order of a new member: its id, its one line, the product and the enterprise.</summary>
    private async Task<(string Member, int Order, int Line, int Product, int Enterprise)> DeliveredAsync(bool deliver = true)
    {
        var member = await app.NewMemberAsync();
        var order = await app.PaidOrderAsync(member);
        if (deliver) await app.AdvanceOrderAsync(order, SellerOrders.Step.Deliver);
        var (line, product, enterprise) = await app.WithScopeAsync(async sp =>
        {
            var o = await sp.GetRequiredService<MarketplaceDbContext>().Orders.Include(x => x.Lines).AsNoTracking().SingleAsync(x => x.Id == order);
            return (o.Lines.Single().Id, o.Lines.Single().ProductId, o.EnterpriseId);
        });
        return (member, order, line, product, enterprise);
    }

    private static WriteReview.Form Form(int rating, string text = Words) => new() { Rating = rating, Text = text };

    private Task<(int Count, int Sum, double Average)> RatingOfAsync(int product) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<MarketplaceDbContext>().Products.Where(p => p.Id == product).Select(p => new { p.ReviewCount, p.RatingSum, p.RatingAverage })
            .SingleAsync().ContinueWith(t => (t.Result.ReviewCount, t.Result.RatingSum, t.Result.RatingAverage)));

    [Fact]
    public async Task Only_the_buyer_of_a_delivered_line_reviews_it_and_only_once()
    {
        var paid = await DeliveredAsync(deliver: false);
        var early = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new WriteReview.Command(paid.Member, paid.Order, paid.Line, Form(5), [])));
        Assert.Equal(ErrorCodes.NotReviewable, early.Code);

        var (member, order, line, product, _) = await DeliveredAsync();
        var stranger = await app.NewMemberAsync();
        Assert.Null(await app.SendAsync(new WriteReview.Command(stranger, order, line, Form(5), [])));
        Assert.Null(await app.SendAsync(new WriteReview.Command(member, paid.Order, paid.Line, Form(5), [])));

        var short_ = await Assert.ThrowsAsync<InputValidationException>(() => app.SendAsync(new WriteReview.Command(member, order, line, Form(5, "좋아요"), [])));
        Assert.Contains("20자 이상", Assert.Single(short_.Errors).Message);
        var stars = await Assert.ThrowsAsync<InputValidationException>(() => app.SendAsync(new WriteReview.Command(member, order, line, Form(6), [])));
        Assert.Contains("1~5", Assert.Single(stars.Errors).Message);
        Assert.Equal((0, 0, 0d), await RatingOfAsync(product));

        Assert.NotNull(await app.SendAsync(new WriteReview.Command(member, order, line, Form(5), [])));
        var twice = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new WriteReview.Command(member, order, line, Form(1), [])));
        Assert.Equal(ErrorCodes.AlreadyReviewed, twice.Code);
        Assert.Equal((1, 5, 5d), await RatingOfAsync(product));

        var page = await app.SendAsync(new ProductReviews.Query(product));
        var shown = Assert.Single(page.Items);
        Assert.Equal("테****", shown.AuthorName); // 테스트 구매자, masked
        Assert.Equal((1, 5.0), (page.Count, page.Average));
    }

    [Fact]
    public async Task A_photo_is_checked_like_a_listing_photo_and_a_file_that_is_not_an_image_stores_nothing()
    {
        var (member, order, line, product, _) = await DeliveredAsync();
        var text = await Assert.ThrowsAsync<InputValidationException>(() => app.SendAsync(new WriteReview.Command(member, order, line, Form(4),
            [Images.File(Images.Png(400, 300), "ok.png"), Images.File("not a picture"u8.ToArray(), "evil.png")])));
        Assert.NotEmpty(text.Errors);
        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Reviews.CountAsync(r => r.OrderLineId == line)));

        await app.SendAsync(new WriteReview.Command(member, order, line, Form(4), [Images.File(Images.Png(400, 300), "jam.png")]));
        var page = await app.SendAsync(new ProductReviews.Query(product, ProductReviews.SortOrder.WithPhotos));
        var photo = Assert.Single(Assert.Single(page.Items).Photos);
        Assert.StartsWith(Web.Infrastructure.Storage.ImageStore.UrlPrefix, photo);
        var served = await app.CreateClient().GetAsync(Web.Infrastructure.Storage.ImageStore.ThumbnailOf(photo));
        Assert.Equal(System.Net.HttpStatusCode.OK, served.StatusCode);
        Assert.StartsWith("image/", served.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_enterprise_answers_its_own_reviews_once_and_no_other_enterprise_can()
    {
        var (member, order, line, _, enterprise) = await DeliveredAsync();
        var review = (await app.SendAsync(new WriteReview.Command(member, order, line, Form(5), [])))!.Value;
        var other = await app.EnterpriseOfAsync("seller2@demo.kr");
        Assert.NotEqual(enterprise, other);

        Assert.False(await app.SendAsync(new ReplyToReview.Command(other, review, "다른 기업의 답글")));
        Assert.True(await app.SendAsync(new ReplyToReview.Command(enterprise, review, "소중한 후기 감사합니다!")));
        var again = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new ReplyToReview.Command(enterprise, review, "두 번째 답글")));
        Assert.Equal(ErrorCodes.AlreadyReplied, again.Code);

        var seen = (await app.SendAsync(new SellerReviews.Query(enterprise))).Single(r => r.Id == review);
        Assert.Equal("소중한 후기 감사합니다!", seen.Reply);
        Assert.DoesNotContain(await app.SendAsync(new SellerReviews.Query(other)), r => r.Id == review);
    }

    [Fact]
    public async Task A_reported_review_hidden_by_the_operator_leaves_the_average_and_its_author_sees_why()
    {
        var first = await DeliveredAsync();
        await app.SendAsync(new WriteReview.Command(first.Member, first.Order, first.Line, Form(5), []));
        // A second buyer of the same product gives it one star.
        var second = await app.NewMemberAsync();
        await app.AddToCartAsync(second, first.Product, 1);
        var started = await app.CheckoutAsync(second);
        await app.SendAsync(new Web.Features.Payments.ApplyPaymentOutcome.Command($"simulated-{started.PaymentId}", "simulated.approved",
            started.PaymentId, Web.Features.Payments.ApplyPaymentOutcome.Outcome.Paid));
        var (order, line) = await app.WithScopeAsync(async sp =>
        {
            var o = await sp.GetRequiredService<MarketplaceDbContext>().Orders.Include(x => x.Lines).AsNoTracking().SingleAsync(x => x.PaymentId == started.PaymentId);
            return (o.Id, o.Lines.Single().Id);
        });
        await app.AdvanceOrderAsync(order, SellerOrders.Step.Deliver);
        var abusive = (await app.SendAsync(new WriteReview.Command(second, order, line, Form(1, "판매자 연락처 010-0000-0000 으로 전화해서 따지세요!!"), [])))!.Value;
        Assert.Equal((2, 6, 3d), await RatingOfAsync(first.Product));

        var reporter = await app.NewMemberAsync();
        Assert.Equal(first.Product, await app.SendAsync(new ReportReview.Command(reporter, abusive, "개인정보가 들어 있습니다")));
        var twice = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new ReportReview.Command(reporter, abusive, "또 신고")));
        Assert.Equal(ErrorCodes.AlreadyReported, twice.Code);
        var queued = (await app.SendAsync(new ReportedReviews.Query())).Single(r => r.Id == abusive);
        Assert.Equal(["개인정보가 들어 있습니다"], queued.Reasons);

        var noReason = await Assert.ThrowsAsync<InputValidationException>(() => app.SendAsync(new HideReview.Command(abusive, " ")));
        Assert.NotEmpty(noReason.Errors);
        Assert.True(await app.SendAsync(new HideReview.Command(abusive, "전화번호가 담겨 있어 가렸습니다.")));

        Assert.Equal((1, 5, 5d), await RatingOfAsync(first.Product));
        Assert.DoesNotContain((await app.SendAsync(new ProductReviews.Query(first.Product))).Items, r => r.Id == abusive);
        var mine = Assert.Single(await app.SendAsync(new MyReviews.Query(second)));
        Assert.Equal("전화번호가 담겨 있어 가렸습니다.", mine.HiddenReason);
        var audited = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().AuditEntries.AnyAsync(a => a.SubjectNumber == $"R-{abusive}"));
        Assert.True(audited);
    }

    [Fact]
    public async Task The_catalog_sorts_by_rating_and_the_cards_show_the_average_and_count()
    {
        var (member, order, line, product, _) = await DeliveredAsync();
        await app.SendAsync(new WriteReview.Command(member, order, line, Form(5), []));

        var best = await app.SendAsync(new Web.Features.Shop.Catalog.Search.Query { Sort = Web.Features.Shop.Catalog.Search.SortOrder.Rating });
        Assert.Equal(5.0, best.Items[0].RatingAverage);
        Assert.Contains(best.Items.TakeWhile(i => i.RatingAverage == 5.0), i => i.Id == product);

        var html = await app.CreateClient().GetStringAsync($"/products/{product}");
        Assert.Contains("5.0 (1)", html);
        Assert.Contains("구매 확인", html);
        Assert.Contains(Words, System.Net.WebUtility.HtmlDecode(html));
    }
}
