using ICP.Domain.Activities;
using ICP.Domain.Common;

namespace ICP.Domain.Cooperation;

/// <summary>
/// One participating city's delegates for one study visit. The city changes them while the visit
/// accepts delegates (<see cref="Activity.AcceptsDelegatesAt"/>: before its cut-off, judged at the
/// instant the request arrived); from then on only staff do, since travel and rooms are booked from
/// the list. Never more than the visit's limit per city, each e-mail address once. Every change
/// renews <see cref="ConcurrencyToken"/> (ADR 12).
/// </summary>
public sealed class Delegation
{
    private readonly List<VisitDelegate> _delegates = [];

    private Delegation()
    {
        ChangedBy = string.Empty;
    }

    public Delegation(Activity visit, int applicationId, string by, DateTimeOffset at)
    {
        if (visit.Kind != ActivityKind.StudyVisit)
        {
            throw new NotFoundException($"Study visit {visit.Id}");
        }

        ActivityId = visit.Id;
        ApplicationId = applicationId;
        Touch(by, at);
        ChangedBy = by;
    }

    public int Id { get; private set; }

    /// <summary>The study visit.</summary>
    public int ActivityId { get; private set; }

    /// <summary>The participating city (its application).</summary>
    public int ApplicationId { get; private set; }

    public Guid ConcurrencyToken { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public IReadOnlyCollection<VisitDelegate> Delegates => _delegates;

    /// <summary>
    /// Adds a delegate: by the city (<paramref name="byStaff"/> false) only while the visit accepts
    /// delegates at <paramref name="arrivedAt"/>; by staff at any time. Never beyond the visit's limit
    /// per city, never the same address twice.
    /// </summary>
    public VisitDelegate Add(Activity visit, string name, string role, string email, DateTimeOffset arrivedAt, string by, bool byStaff)
    {
        EnsureMayChange(visit, arrivedAt, byStaff);
        var cleanEmail = email.Trim();
        var limit = visit.DelegateLimitPerCity ?? 0;
        if (_delegates.Count >= limit)
        {
            throw new DelegateLimitReachedException(limit);
        }

        if (_delegates.Any(d => string.Equals(d.Email, cleanEmail, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DelegateAlreadyRegisteredException();
        }

        var added = new VisitDelegate(name.Trim(), role.Trim(), cleanEmail, by, byStaff, arrivedAt);
        _delegates.Add(added);
        Touch(by, arrivedAt);
        return added;
    }

    /// <summary>Removes a delegate (the same window as adding); an id not in this delegation is not found.</summary>
    public VisitDelegate Remove(Activity visit, int delegateId, DateTimeOffset arrivedAt, string by, bool byStaff)
    {
        var removed = _delegates.FirstOrDefault(d => d.Id == delegateId) ?? throw new NotFoundException($"Delegate {delegateId}");
        EnsureMayChange(visit, arrivedAt, byStaff);
        _delegates.Remove(removed);
        Touch(by, arrivedAt);
        return removed;
    }

    private void EnsureMayChange(Activity visit, DateTimeOffset arrivedAt, bool byStaff)
    {
        if (visit.Id != ActivityId || visit.Kind != ActivityKind.StudyVisit)
        {
            throw new NotFoundException($"Study visit {visit.Id}");
        }

        if (!byStaff)
        {
            visit.EnsureAcceptsDelegates(arrivedAt);
        }
    }

    private void Touch(string by, DateTimeOffset at)
    {
        ChangedBy = by;
        ChangedAt = at.ToUniversalTime();
        ConcurrencyToken = Guid.NewGuid();
    }
}
