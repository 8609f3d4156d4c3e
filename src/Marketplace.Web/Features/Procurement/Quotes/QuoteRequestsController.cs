using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Procurement.Quotes;

public sealed record NewQuoteRequestPage(QuoteRequests.Form Form, IReadOnlyList<(int Id, string Name, Domain.Enterprises.EnterpriseType Type)> Enterprises);

[Authorize(Roles = $"{Roles.InstitutionBuyer},{Roles.InstitutionApprover}"), Route("procurement/quotes")]
[ActsFor(Party.Institution, OrElse = "/procurement/apply")]
public sealed class QuoteRequestsController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([Current(CurrentPart.Institution)] int institution, CancellationToken ct) =>
        View(await mediator.Send(new QuoteRequests.ListQuery(institution), ct));

    /// <summary>The form starts with the enterprises chosen in the catalog (<c>?enterprise=1&amp;enterprise=2</c>).</summary>
    [HttpGet("new")]
    public Task<IActionResult> New([FromQuery(Name = "enterprise")] List<int> enterprises, CancellationToken ct) =>
        NewPage(new QuoteRequests.Form { EnterpriseIds = enterprises, Items = [new(), new(), new()] }, ct);

    [HttpPost(""), ReshowWith(nameof(NewPage))]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] QuoteRequests.Form form,
        [Current(CurrentPart.Institution)] int institution, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        // Blank rows of the form are not items.
        form.Items = form.Items.Where(i => !string.IsNullOrWhiteSpace(i.Name) || i.Quantity != 0).ToList();
        return Redirect($"/procurement/quotes/{await mediator.Send(new QuoteRequests.Create(institution, memberId, form), ct)}");
    }

    [HttpGet("{id:int}")]
    public Task<IActionResult> Details(int id, [Current(CurrentPart.Institution)] int institution, CancellationToken ct) => DetailsPage(id, institution, null, ct);

    [HttpPost("{id:int}/accept"), ReshowWith(nameof(DetailsPage))]
    public async Task<IActionResult> Accept(int id, int quoteId, int quoteVersion, string? capReason, string? sviReason,
        [Current(CurrentPart.Institution)] int institution, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new QuoteRequests.Accept(institution, memberId, id, quoteId, quoteVersion, capReason, sviReason), ct) is { } orderId
            ? Redirect($"/procurement/orders/{orderId}")
            : NotFound();

    [HttpPost("{id:int}/attachments"), ReshowWith(nameof(DetailsPage)), RequestSizeLimit(Infrastructure.Storage.DocumentStore.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Attach(int id, IFormFile? file, [Current(CurrentPart.Institution)] int institution,
        [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new Attachments.QuoteAttachments.Upload(new(institution, null), memberId, id, file), ct)
            ? Redirect($"/procurement/quotes/{id}#attachments")
            : NotFound();

    [HttpGet("{id:int}/attachments/{attachmentId:int}")]
    public async Task<IActionResult> Attachment(int id, int attachmentId, [Current(CurrentPart.Institution)] int institution, CancellationToken ct) =>
        await mediator.Send(new Attachments.QuoteAttachments.Download(new(institution, null), id, attachmentId), ct) is { } file
            ? File(file.Content, file.ContentType, file.FileName)
            : NotFound();

    private async Task<IActionResult> NewPage(QuoteRequests.Form form, CancellationToken ct)
    {
        while (form.Items.Count < 3) form.Items.Add(new());
        return View("New", new NewQuoteRequestPage(form, await mediator.Send(new EnterpriseChoices.Query(), ct)));
    }

    /// <param name="quoteId">The quote the buyer chose when the acceptance was refused, to keep it selected.</param>
    private async Task<IActionResult> DetailsPage(int id, int institution, int? quoteId, CancellationToken ct)
    {
        ViewData["ChosenQuote"] = quoteId;
        return await mediator.Send(new QuoteRequests.DetailQuery(institution, id), ct) is { } comparison ? View("Details", comparison) : NotFound();
    }
}
