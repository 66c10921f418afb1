namespace ICP.Infrastructure.Seeding;

public sealed record SeedResult(int TerritoriesAdded, int TerritoriesUpdated, bool CallCreated, int AuthorityNamesRefreshed = 0, int TranslationsAdded = 0)
{
    public bool ChangedAnything => TerritoriesAdded > 0 || TerritoriesUpdated > 0 || CallCreated || AuthorityNamesRefreshed > 0 || TranslationsAdded > 0;
}
