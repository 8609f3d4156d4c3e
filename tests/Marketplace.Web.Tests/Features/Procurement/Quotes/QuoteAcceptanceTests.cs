using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Procurement.Quotes;
using Marketplace.Web.Features.Seller.Procurement;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Procurement.Quotes;

/// <summary>One quote request makes at most one purchase order, at the prices the buyer saw.</summary>
public class QuoteAcceptanceTests
{
    [Fact]
    public Task Sqlite_two_accepts_of_different_quotes_at_once_make_one_order_and_a_message() => RaceAsync(new AppFactory(), sameQuote: false);

    [Fact]
    public async Task Postgres_two_accepts_of_different_quotes_at_once_make_one_order_and_a_message()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await RaceAsync(new PostgresAppFactory(database), sameQuote: false);
    }

    [Fact]
    public Task Sqlite_the_same_quote_accepted_twice_at_once_makes_one_order_and_a_message() => RaceAsync(new AppFactory(), sameQuote: true);

    [Fact]
    public async Task Postgres_the_same_quote_accepted_twice_at_once_makes_one_order_and_a_message()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await RaceAsync(new PostgresAppFactory(database), sameQuote: true);
    }

    private static async Task RaceAsync(AppFactory app, bool sameQuote)
    {
        using var _ = app;
        var institution = await app.NewInstitutionAsync();
        for (var trial = 0; trial < 3; trial++)
        {
            var request = await RequestWithTwoAnswersAsync(app, institution);
            var comparison = (await app.SendAsync(new QuoteRequests.DetailQuery(institution.Id, request)))!;
            var (a, b) = (comparison.Answers[0].Quote, comparison.Answers[sameQuote ? 0 : 1].Quote);

            using var start = new ManualResetEventSlim();
            async Task<string> AcceptAsync(string member, QuoteView quote)
            {
                start.Wait();
                try
                {
                    await app.SendAsync(new QuoteRequests.Accept(institution.Id, member, request, quote.Id, quote.Version, null));
                    return "order";
                }
                catch (DomainException refused) { return refused.Code; }
            }
            var buyer = Task.Run(() => AcceptAsync(institution.BuyerId, a));
            var approver = Task.Run(() => AcceptAsync(institution.ApproverId, b));
            start.Set();
            var outcomes = await Task.WhenAll(buyer, approver);

            Assert.Equal(1, outcomes.Count(o => o == "order"));
            Assert.Contains(outcomes.Single(o => o != "order"), new[] { ErrorCodes.QuoteRequestDecided, ErrorCodes.ChangedMeanwhile });
            var quoteIds = comparison.Answers.Select(x => x.Quote.Id).ToList();
            var orders = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().PurchaseOrders
                .CountAsync(o => o.QuoteId != null && quoteIds.Contains(o.QuoteId.Value)));
            Assert.Equal(1, orders);
        }
    }

    [Fact]
    public async Task A_quote_revised_after_the_buyer_saw_it_is_not_accepted_until_the_buyer_looks_again()
    {
        using var app = new AppFactory();
        var institution = await app.NewInstitutionAsync();
        var request = await RequestWithTwoAnswersAsync(app, institution);
        var seen = (await app.SendAsync(new QuoteRequests.DetailQuery(institution.Id, request)))!.Answers[0];
        var seller = seen.Quote.EnterpriseId;

        // The enterprise re-posts its answer at 100 times the price.
        var item = (await app.SendAsync(new SellerProcurement.RequestQuery(seller, request)))!.Request.Items.Single();
        await AnswerAsync(app, seller, request, item.Id, seen.Quote.UnitSupplyOf(item.Id) * 100);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            app.SendAsync(new QuoteRequests.Accept(institution.Id, institution.BuyerId, request, seen.Quote.Id, seen.Quote.Version, null)));
        Assert.Equal(ErrorCodes.QuoteRevisedSinceShown, refused.Code);
        var again = (await app.SendAsync(new QuoteRequests.DetailQuery(institution.Id, request)))!;
        Assert.Null(again.OrderId);
        var revised = again.Answers.Single(x => x.Quote.Id == seen.Quote.Id);
        Assert.Equal(seen.SupplyWon * 100, revised.SupplyWon);

        // Having looked again, the buyer may still accept it, at the price now shown.
        await app.SendAsync(new QuoteRequests.Accept(institution.Id, institution.BuyerId, request, revised.Quote.Id, revised.Quote.Version, "재난 대비 긴급 구매"));
        var order = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().PurchaseOrders.Include(o => o.Lines)
            .SingleAsync(o => o.QuoteId == revised.Quote.Id));
        Assert.Equal(revised.SupplyWon, order.Supply.Amount);
    }

    [Fact]
    public async Task An_answer_revised_after_the_request_was_decided_is_refused()
    {
        using var app = new AppFactory();
        var institution = await app.NewInstitutionAsync();
        var request = await RequestWithTwoAnswersAsync(app, institution);
        var answers = (await app.SendAsync(new QuoteRequests.DetailQuery(institution.Id, request)))!.Answers;
        await app.SendAsync(new QuoteRequests.Accept(institution.Id, institution.BuyerId, request, answers[0].Quote.Id, answers[0].Quote.Version, null));

        var loser = answers[1].Quote.EnterpriseId;
        var item = (await app.SendAsync(new SellerProcurement.RequestQuery(loser, request)))!.Request.Items.Single();
        var refused = await Assert.ThrowsAsync<DomainException>(() => AnswerAsync(app, loser, request, item.Id, 1_000));

        Assert.Equal(ErrorCodes.QuoteRequestClosed, refused.Code);
    }

    private static async Task<int> RequestWithTwoAnswersAsync(AppFactory app, TestInstitution institution)
    {
        var today = KoreaTime.Today(app.Clock);
        var (e1, e2) = (await app.EnterpriseOfAsync("seller@demo.kr"), await app.EnterpriseOfAsync("seller2@demo.kr"));
        var request = await app.SendAsync(new QuoteRequests.Create(institution.Id, institution.BuyerId, new QuoteRequests.Form
        {
            Title = "회의실 의자", Kind = ProductKind.Goods, DeliveryPlace = "본관 3층", DeliveryDate = today.AddDays(14), Deadline = today.AddDays(7),
            Items = [new() { Name = "의자", Specification = "등받이", Quantity = 10 }], EnterpriseIds = [e1, e2],
        }));
        var item = (await app.SendAsync(new SellerProcurement.RequestQuery(e1, request)))!.Request.Items.Single();
        await AnswerAsync(app, e1, request, item.Id, 50_000);
        await AnswerAsync(app, e2, request, item.Id, 52_000);
        return request;
    }

    private static Task AnswerAsync(AppFactory app, int enterprise, int request, int item, long unitSupply) =>
        app.SendAsync(new SellerProcurement.SubmitQuote(enterprise, "staff", request, new SellerProcurement.QuoteForm
        {
            Prices = new() { [item] = unitSupply }, DeliveryDate = KoreaTime.Today(app.Clock).AddDays(10),
            ValidUntil = KoreaTime.Today(app.Clock).AddDays(40), Note = "",
        }));
}
