namespace ICP.Domain.Evaluation;

/// <summary>
/// An evaluator's declaration of conflicts of interest for a call: the countries and the local
/// authorities they must not evaluate. Until it is confirmed, they see no application.
/// </summary>
public sealed class EvaluatorDeclaration
{
    private readonly List<DeclaredConflict> _conflicts = [];

    private EvaluatorDeclaration()
    {
        EvaluatorId = string.Empty;
    }

    public EvaluatorDeclaration(int callId, string evaluatorId)
    {
        CallId = callId;
        EvaluatorId = evaluatorId;
    }

    public int Id { get; private set; }

    public int CallId { get; private set; }

    public string EvaluatorId { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public bool IsConfirmed => ConfirmedAt is not null;

    public IReadOnlyCollection<DeclaredConflict> Conflicts => _conflicts;

    /// <summary>Replaces the declared conflicts and confirms the declaration.</summary>
    public void Declare(IEnumerable<string> countryCodes, IEnumerable<int> authorityIds, DateTimeOffset now)
    {
        _conflicts.Clear();
        _conflicts.AddRange(countryCodes.Distinct(StringComparer.Ordinal).Select(c => new DeclaredConflict(c, null)));
        _conflicts.AddRange(authorityIds.Distinct().Select(a => new DeclaredConflict(null, a)));
        ConfirmedAt = now.ToUniversalTime();
    }

    public bool ConflictsWith(int localAuthorityId, string countryCode) =>
        _conflicts.Any(c => c.LocalAuthorityId == localAuthorityId || c.CountryCode == countryCode);

    /// <summary>Whether the evaluator may be given an application of this city: declaration confirmed, no declared conflict.</summary>
    public bool MayEvaluate(int localAuthorityId, string countryCode) => IsConfirmed && !ConflictsWith(localAuthorityId, countryCode);
}
