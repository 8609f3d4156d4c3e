using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Common;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Quotes;

public sealed record NewQuoteRequestPage(QuoteRequests.Form Form, IReadOnlyList<(int Id, string Name, EnterpriseType Type)> Enterprises);

[Authorize(Roles = $"{Roles.InstitutionBuyer},{Roles.InstitutionApprover}"), Route("procurement/quotes")]
public sealed class QuoteRequestsController(IMediator mediator, MarketplaceDbContext db, IStringLocalizer<Texts> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        await db.InstitutionOfAsync(User, ct) is { } institution
            ? View(await mediator.Send(new QuoteRequests.ListQuery(institution), ct))
            : Redirect("/procurement/apply");

    /// <summary>The form starts with the enterprises chosen in the catalog (<c>?enterprise=1&amp;enterprise=2</c>).</summary>
    [HttpGet("new")]
    public async Task<IActionResult> New([FromQuery(Name = "enterprise")] List<int> enterprises, CancellationToken ct)
    {
        if (await db.InstitutionOfAsync(User, ct) is null) return Redirect("/procurement/apply");
        var form = new QuoteRequests.Form { EnterpriseIds = enterprises, Items = [new(), new(), new()] };
        return View(new NewQuoteRequestPage(form, await EnterprisesAsync(ct)));
    }

    [HttpPost("")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] QuoteRequests.Form form, CancellationToken ct)
    {
        if (await db.InstitutionOfAsync(User, ct) is not { } institution) return Redirect("/procurement/apply");
        // Blank rows of the form are not items.
        form.Items = form.Items.Where(i => !string.IsNullOrWhiteSpace(i.Name) || i.Quantity != 0).ToList();
        try
        {
            var id = await mediator.Send(new QuoteRequests.Create(institution, User.MemberId(), form), ct);
            return Redirect($"/procurement/quotes/{id}");
        }
        catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { ModelState.AddAll(found); }
        while (form.Items.Count < 3) form.Items.Add(new());
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("New", new NewQuoteRequestPage(form, await EnterprisesAsync(ct)));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => await DetailsViewAsync(id, ct);

    [HttpPost("{id:int}/accept")]
    public async Task<IActionResult> Accept(int id, int quoteId, string? capReason, CancellationToken ct)
    {
        if (await db.InstitutionOfAsync(User, ct) is not { } institution) return NotFound();
        try
        {
            return await mediator.Send(new QuoteRequests.Accept(institution, User.MemberId(), id, quoteId, capReason), ct) is { } orderId
                ? Redirect($"/procurement/orders/{orderId}")
                : NotFound();
        }
        catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { ModelState.AddAll(found); }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["ChosenQuote"] = quoteId;
        return await DetailsViewAsync(id, ct);
    }

    private async Task<IActionResult> DetailsViewAsync(int id, CancellationToken ct)
    {
        if (await db.InstitutionOfAsync(User, ct) is not { } institution) return NotFound();
        var comparison = await mediator.Send(new QuoteRequests.DetailQuery(institution, id), ct);
        return comparison is null ? NotFound() : View("Details", comparison);
    }

    private async Task<IReadOnlyList<(int, string, EnterpriseType)>> EnterprisesAsync(CancellationToken ct) =>
        (await db.Enterprises.AsNoTracking().Where(e => e.Status == ApprovalStatus.Approved).OrderBy(e => e.Name)
            .Select(e => new { e.Id, e.Name, e.Type }).ToListAsync(ct))
        .Select(e => (e.Id, e.Name, e.Type)).ToList();
}
