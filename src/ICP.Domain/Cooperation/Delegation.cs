using ICP.Domain.Activities;
using ICP.Domain.Common;

namespace ICP.Domain.Cooperation;

/// <summary>
/// One participating city's delegates for one study visit or the closing conference. The city
/// changes them while the activity accepts delegates (<see cref="Activity.AcceptsDelegatesAt"/>:
/// before its cut-off, judged at the instant the request arrived); from then on only staff do, since
/// travel and rooms are booked from the list. Never more than the activity's limit per city, each
/// e-mail address once; at the conference, never more than the places kept for all cities
/// (<see cref="Activity.SeatDelegate"/>). Every change renews <see cref="ConcurrencyToken"/> and the
/// activity's (ADR 12).
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
        if (!Activity.TakesDelegates(visit.Kind))
        {
            throw new NotFoundException($"Activity with delegates {visit.Id}");
        }

        ActivityId = visit.Id;
        ApplicationId = applicationId;
        Touch(by, at);
        ChangedBy = by;
    }

    public int Id { get; private set; }

    /// <summary>The study visit or the conference.</summary>
    public int ActivityId { get; private set; }

    /// <summary>The participating city (its application).</summary>
    public int ApplicationId { get; private set; }

    public Guid ConcurrencyToken { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public IReadOnlyCollection<VisitDelegate> Delegates => _delegates;

    /// <summary>
    /// Adds a delegate: by the city (<paramref name="byStaff"/> false) only while the activity accepts
    /// delegates at <paramref name="arrivedAt"/>; by staff at any time. Never beyond the limit per
    /// city, never the same address twice, and at the conference only into a free place
    /// (<paramref name="allCitiesDelegates"/>: every city's delegates, read in the same unit).
    /// </summary>
    public VisitDelegate Add(Activity visit, int allCitiesDelegates, string name, string role, string email, DateTimeOffset arrivedAt, string by, bool byStaff)
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

        visit.SeatDelegate(allCitiesDelegates, byStaff);
        var added = new VisitDelegate(name.Trim(), role.Trim(), cleanEmail, by, byStaff, arrivedAt);
        _delegates.Add(added);
        Touch(by, arrivedAt);
        return added;
    }

    /// <summary>
    /// Removes a delegate (the same window as adding); an id not in this delegation is not found.
    /// Returns the people of the public a freed conference place went to (after the cities' places
    /// were released), to be told.
    /// </summary>
    public (VisitDelegate Removed, IReadOnlyList<ActivityRegistration> Promoted) Remove(Activity visit, int allCitiesDelegates, int delegateId, DateTimeOffset arrivedAt, string by, bool byStaff)
    {
        var removed = _delegates.FirstOrDefault(d => d.Id == delegateId) ?? throw new NotFoundException($"Delegate {delegateId}");
        EnsureMayChange(visit, arrivedAt, byStaff);
        _delegates.Remove(removed);
        var promoted = visit.UnseatDelegate(allCitiesDelegates, arrivedAt);
        Touch(by, arrivedAt);
        return (removed, promoted);
    }

    private void EnsureMayChange(Activity visit, DateTimeOffset arrivedAt, bool byStaff)
    {
        if (visit.Id != ActivityId || !Activity.TakesDelegates(visit.Kind))
        {
            throw new NotFoundException($"Activity with delegates {visit.Id}");
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
