namespace ICP.Domain.Evaluation;

/// <summary>One declared conflict: a whole country or territory, or one local authority.</summary>
public sealed class DeclaredConflict
{
    private DeclaredConflict()
    {
    }

    internal DeclaredConflict(string? countryCode, int? localAuthorityId)
    {
        CountryCode = countryCode;
        LocalAuthorityId = localAuthorityId;
    }

    public int Id { get; private set; }

    public int DeclarationId { get; private set; }

    public string? CountryCode { get; private set; }

    public int? LocalAuthorityId { get; private set; }
}
