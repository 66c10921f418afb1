using ICP.Domain.Programme;

namespace ICP.Infrastructure.Seeding;

/// <summary>A seeded translation, naming its entity by what stays stable across databases (a theme's slug, a phase's order).</summary>
public sealed record SeedTranslation(ContentKind Kind, string Key, ContentField Field, string Culture, string Text);
