using ICP.Domain.Common;

namespace ICP.Domain.Programme;

/// <summary>
/// Something that actually happened (or is scheduled for a fixed date), kept apart from the planned
/// <see cref="TimelinePhase"/> it belongs to, because reality moved: the first study visits took
/// place in June 2022, not April.
/// </summary>
public sealed class ProgrammeEvent
{
    private ProgrammeEvent()
    {
        Title = string.Empty;
        Location = string.Empty;
        Description = string.Empty;
    }

    public ProgrammeEvent(
        int callId, int? phaseId, ProgrammeEventKind kind, string title, string description,
        DateTimeOffset startsAt, DateTimeOffset endsAt, string location, bool isOnline, bool isPublic)
    {
        if (endsAt < startsAt)
        {
            throw new InvalidProgrammeDataException($"Event '{title}' ends before it starts.");
        }

        CallId = callId;
        PhaseId = phaseId;
        Kind = kind;
        Title = string.IsNullOrWhiteSpace(title) ? throw new InvalidProgrammeDataException("An event needs a title.") : title.Trim();
        Description = description.Trim();
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
        Location = location.Trim();
        IsOnline = isOnline;
        IsPublic = isPublic;
    }

    public int Id { get; private set; }

    public int CallId { get; private set; }

    /// <summary>The planned phase this event realised, when there is one.</summary>
    public int? PhaseId { get; private set; }

    public ProgrammeEventKind Kind { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    /// <summary>City (and venue) for in-person events; empty for online ones.</summary>
    public string Location { get; private set; }

    public bool IsOnline { get; private set; }

    public bool IsPublic { get; private set; }
}
