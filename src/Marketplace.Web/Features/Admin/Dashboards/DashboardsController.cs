using Marketplace.Web.Infrastructure.Files;
using System.Globalization;
using System.Text;
using Marketplace.Domain.Common;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Behaviors;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Admin.Dashboards;

[Authorize(Roles = Roles.Operator)]
public sealed class DashboardsController(IMediator mediator, TimeProvider clock) : Controller
{
    private (DateOnly From, DateOnly To) Range(DateOnly? from, DateOnly? to)
    {
        var today = KoreaTime.Today(clock);
        return (from ?? new DateOnly(today.Year, 1, 1), to ?? today);
    }

    [HttpGet("/admin/members")]
    public async Task<IActionResult> Members(DateOnly? from, DateOnly? to, Grain grain = Grain.Month, CancellationToken ct = default)
    {
        var (f, t) = Range(from, to);
        return View(await mediator.Send(new MemberSignUps.Query(f, t, grain), ct));
    }

    [HttpGet("/admin/members.csv")]
    public async Task<IActionResult> MembersCsv(DateOnly? from, DateOnly? to, Grain grain = Grain.Month, CancellationToken ct = default)
    {
        var (f, t) = Range(from, to);
        var report = await mediator.Send(new MemberSignUps.Query(f, t, grain), ct);
        var rows = new List<IReadOnlyList<object?>>
        {
            new object[] { "period", "new", "consumer", "institution_member", "enterprise_staff", "direct", "invitation", "enterprise_page", "by_operator", "cumulative" },
        };
        rows.AddRange(report.Rows.Select(r => (IReadOnlyList<object?>)new object[]
        {
            r.Period, r.New, r.ByKind[MemberSignUps.Kind.Consumer], r.ByKind[MemberSignUps.Kind.InstitutionMember], r.ByKind[MemberSignUps.Kind.EnterpriseStaff],
            r.ByChannel[SignUpChannel.Direct], r.ByChannel[SignUpChannel.Invitation],
            r.ByChannel[SignUpChannel.EnterprisePage], r.ByChannel[SignUpChannel.Operator], r.Cumulative,
        }));
        return Csv(rows, $"members-{f:yyyyMMdd}-{t:yyyyMMdd}-{grain.ToString().ToLowerInvariant()}.csv");
    }

    [HttpGet("/admin/sales")]
    public async Task<IActionResult> Sales(DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var (f, t) = Range(from, to);
        return View(await mediator.Send(new SalesByEnterprise.Query(f, t), ct));
    }

    [HttpGet("/admin/sales/{enterpriseId:int}")]
    public async Task<IActionResult> EnterpriseSales(int enterpriseId, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var (f, t) = Range(from, to);
        return View("Sales", await mediator.Send(new SalesByEnterprise.Query(f, t, enterpriseId), ct));
    }

    [HttpGet("/admin/sales.csv")]
    public async Task<IActionResult> SalesCsv(DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var (f, t) = Range(from, to);
        var report = await mediator.Send(new SalesByEnterprise.Query(f, t), ct);
        var rows = new List<IReadOnlyList<object?>> { new object[] { "rank", "enterprise_id", "enterprise", "channel", "orders", "gross_won", "refunds_won", "net_won" } };
        rows.AddRange(report.Ranking.Select((r, i) => (IReadOnlyList<object?>)new object[] { i + 1, r.EnterpriseId, r.Name, r.Channel, r.Orders, r.Gross, r.Refunds, r.Net }));
        return Csv(rows, $"sales-{f:yyyyMMdd}-{t:yyyyMMdd}.csv");
    }

    private FileContentResult Csv(IEnumerable<IReadOnlyList<object?>> rows, string name) => File(CsvFile.Write(rows), CsvFile.ContentType, name);
}
