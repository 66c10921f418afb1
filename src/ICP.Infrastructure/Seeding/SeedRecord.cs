namespace ICP.Infrastructure.Seeding;

/// <summary>
/// What the last start-up's seed check was run for: the seeded data lives in code, so while the
/// code and the settings that shape it are the same, checking again cannot change anything, and
/// start-up skips the dozen queries it costs. One row.
/// </summary>
public sealed class SeedRecord
{
    public const int SingleId = 1;

    private SeedRecord()
    {
        Fingerprint = string.Empty;
    }

    public SeedRecord(string fingerprint, DateTimeOffset checkedAt)
    {
        Id = SingleId;
        Fingerprint = fingerprint;
        CheckedAt = checkedAt;
    }

    public int Id { get; private set; }

    /// <summary>See <see cref="SeedFingerprint"/>.</summary>
    public string Fingerprint { get; private set; }

    public DateTimeOffset CheckedAt { get; private set; }

    public void Record(string fingerprint, DateTimeOffset checkedAt)
    {
        Fingerprint = fingerprint;
        CheckedAt = checkedAt;
    }
}
