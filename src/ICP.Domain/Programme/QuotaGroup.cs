using ICP.Domain.Common;

namespace ICP.Domain.Programme;

/// <summary>
/// A set of seats the selection fills from cities of the listed countries or territories
/// (e.g. "Canada, 4 seats"; "European Union, 14 seats, at most 3 per Member State").
/// </summary>
public sealed class QuotaGroup
{
    private readonly List<Territory> _territories = [];

    private QuotaGroup()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    internal QuotaGroup(string code, string name, int seats, int? perCountryCap, int order, IEnumerable<Territory> territories)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 8)
        {
            throw new InvalidProgrammeDataException($"Quota group code '{code}' must be 1 to 8 characters.");
        }

        if (seats < 1)
        {
            throw new InvalidProgrammeDataException($"Quota group {code} needs at least one seat.");
        }

        if (perCountryCap is { } cap && (cap < 1 || cap > seats))
        {
            throw new InvalidProgrammeDataException($"Quota group {code}: a per-country cap of {cap} does not fit {seats} seats.");
        }

        Code = code;
        Name = name.Trim();
        Seats = seats;
        PerCountryCap = perCountryCap;
        Order = order;
        _territories.AddRange(territories.DistinctBy(t => t.Code));
        if (_territories.Count == 0)
        {
            throw new InvalidProgrammeDataException($"Quota group {code} covers no country or territory.");
        }
    }

    public int Id { get; private set; }

    public int CallId { get; private set; }

    /// <summary>Short code used in application references (e.g. "CA", "EU").</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public int Seats { get; private set; }

    /// <summary>Most seats one country of the group may take; null when the group sets no cap.</summary>
    public int? PerCountryCap { get; private set; }

    public int Order { get; private set; }

    public IReadOnlyCollection<Territory> Territories => _territories;

    /// <summary>
    /// Renewed on every change to the group's selection decisions: it is the group's concurrency
    /// token, so two staff changing one board at the same moment cannot both succeed unseen.
    /// </summary>
    public Guid SelectionToken { get; private set; } = Guid.NewGuid();

    public void TouchSelection() => SelectionToken = Guid.NewGuid();

    public bool Covers(string territoryCode) => _territories.Any(t => t.Code == territoryCode);

    /// <summary>
    /// Whether one more city from <paramref name="territoryCode"/> fits, given the cities already
    /// selected in this group (<paramref name="selectedInGroup"/>) and from that country
    /// (<paramref name="selectedFromTerritory"/>).
    /// </summary>
    public bool HasRoomFor(string territoryCode, int selectedInGroup, int selectedFromTerritory) =>
        Covers(territoryCode)
        && selectedInGroup < Seats
        && (PerCountryCap is not { } cap || selectedFromTerritory < cap);
}
