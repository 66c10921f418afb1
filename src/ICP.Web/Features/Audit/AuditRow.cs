namespace ICP.Web.Features.Audit;

/// <summary>One entry of the audit log as the staff list shows it.</summary>
public sealed record AuditRow(DateTimeOffset At, string Actor, string Action, string Subject, string Details, string Reason);
