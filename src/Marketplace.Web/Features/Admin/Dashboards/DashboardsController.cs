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
        var csv = new StringBuilder("period,new,consumer,institution_member,enterprise_staff,direct,invitation,enterprise_page,by_operator,cumulative\n");
        foreach (var r in report.Rows)
            csv.AppendLine(string.Join(',', new object[]
            {
                r.Period, r.New, r.ByKind[MemberSignUps.Kind.Consumer], r.ByKind[MemberSignUps.Kind.InstitutionMember], r.ByKind[MemberSignUps.Kind.EnterpriseStaff],
                r.ByChannel[SignUpChannel.Direct], r.ByChannel[SignUpChannel.Invitation],
                r.ByChannel[SignUpChannel.EnterprisePage], r.ByChannel[SignUpChannel.Operator], r.Cumulative,
            }.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
        return Csv(csv, $"members-{f:yyyyMMdd}-{t:yyyyMMdd}-{grain.ToString().ToLowerInvariant()}.csv");
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
        var csv = new StringBuilder("rank,enterprise_id,enterprise,channel,orders,gross_won,refunds_won,net_won\n");
        var rank = 0;
        foreach (var r in report.Ranking)
            csv.AppendLine(FormattableString.Invariant($"{++rank},{r.EnterpriseId},\"{r.Name.Replace("\"", "\"\"")}\",{r.Channel},{r.Orders},{r.Gross},{r.Refunds},{r.Net}"));
        return Csv(csv, $"sales-{f:yyyyMMdd}-{t:yyyyMMdd}.csv");
    }

    // UTF-8 with a byte-order mark, so spreadsheets read Korean names.
    private FileContentResult Csv(StringBuilder csv, string name) =>
        File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", name);
}
