using FluentValidation;
using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Calls;

/// <summary>Moving the deadline for everyone, or for one local authority; each move recorded with its reason.</summary>
public sealed class DeadlineWorkflow(IcpDbContext db, DatabaseWrites writes, AuditTrail audit, TimeProvider clock, CurrentCall currentCall)
{

    public Task ExtendAsync(DateOnly lastDay, string reason, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(token => TryExtendAsync(lastDay, reason, by, token), cancellationToken);

    public Task GrantAsync(int authorityId, DateOnly lastDay, string reason, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(token => TryGrantAsync(authorityId, lastDay, reason, by, token), cancellationToken);

    public Task RevokeAsync(int authorityId, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(token => TryRevokeAsync(authorityId, by, token), cancellationToken);

    private async Task TryExtendAsync(DateOnly lastDay, string reason, StaffContext by, CancellationToken cancellationToken)
    {
        var call = await currentCall.LoadForChangeAsync(CallShape.Summary, cancellationToken);
        var deadline = EndOf(lastDay, call.Zone);
        var previous = call.CurrentDeadline;
        call.ExtendDeadline(deadline, reason, by.UserId, clock.GetUtcNow(), await db.EvaluationHasStartedAsync(call.Id, cancellationToken));
        audit.Record(by.UserId, by.Name, AuditActions.DeadlineExtended, call.Code, $"{previous:O} → {deadline:O}", reason);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task TryGrantAsync(int authorityId, DateOnly lastDay, string reason, StaffContext by, CancellationToken cancellationToken)
    {
        var call = await currentCall.LoadForChangeAsync(CallShape.Summary, cancellationToken);
        var authority = await db.LocalAuthorities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == authorityId, cancellationToken)
            ?? throw new InvalidProgrammeDataException("No such local authority.");
        var until = EndOf(lastDay, call.Zone);
        call.GrantIndividualExtension(authorityId, until, reason, by.UserId, clock.GetUtcNow(), await db.EvaluationHasStartedAsync(call.Id, cancellationToken));
        audit.Record(by.UserId, by.Name, AuditActions.IndividualExtensionGranted, authority.OfficialName, $"Until {until:O}", reason);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task TryRevokeAsync(int authorityId, StaffContext by, CancellationToken cancellationToken)
    {
        var call = await currentCall.LoadForChangeAsync(CallShape.Summary, cancellationToken);
        var authority = await db.LocalAuthorities.AsNoTracking().Where(a => a.Id == authorityId).Select(a => a.OfficialName).SingleOrDefaultAsync(cancellationToken) ?? "?";
        call.RevokeIndividualExtension(authorityId, by.UserId, clock.GetUtcNow());
        audit.Record(by.UserId, by.Name, AuditActions.IndividualExtensionRevoked, authority, "Revoked");
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<DeadlinePage> PageAsync(DeadlineForm? callForm, DeadlineForm? individualForm, CancellationToken cancellationToken)
    {
        var call = await currentCall.LoadAsync(CallShape.Summary, CallAudience.Staff, cancellationToken);
        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var authorities = await db.LocalAuthorities.AsNoTracking().Select(a => new { a.Id, a.OfficialName, a.CountryCode }).ToListAsync(cancellationToken);
        return new DeadlinePage(
            call.Deadline, call.CurrentDeadline,
            [.. call.DeadlineExtensions.OrderBy(e => e.GrantedAt).Select(e => (e.PreviousDeadline, e.NewDeadline, e.Reason, users.GetValueOrDefault(e.GrantedBy, e.GrantedBy), e.GrantedAt))],
            [.. call.IndividualExtensions.OrderByDescending(e => e.GrantedAt).Select(e =>
            {
                var authority = authorities.FirstOrDefault(a => a.Id == e.LocalAuthorityId);
                return new ExtensionRow(e.LocalAuthorityId, authority?.OfficialName ?? "?", authority?.CountryCode ?? "", e.Until, e.Reason, users.GetValueOrDefault(e.GrantedBy, e.GrantedBy), e.GrantedAt, e.IsActive);
            })],
            [.. authorities.OrderBy(a => a.CountryCode, StringComparer.Ordinal).ThenBy(a => a.OfficialName, StringComparer.CurrentCulture).Select(a => (a.Id, a.OfficialName, a.CountryCode))],
            callForm ?? new DeadlineForm(), individualForm ?? new DeadlineForm(), call.TimeZoneId);
    }

    /// <summary>The first instant after <paramref name="lastDay"/> in the zone: a request before it is on time.</summary>
    public static DateTimeOffset EndOf(DateOnly lastDay, TimeZoneInfo zone) =>
        ZonedTime.ToInstant(lastDay.ToDateTime(new TimeOnly(23, 59, 59)), zone).AddSeconds(1);
}
