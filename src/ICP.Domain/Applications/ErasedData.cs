namespace ICP.Domain.Applications;

/// <summary>What erased personal data is replaced with: visibly erased, never an empty value a reader could take for "not given".</summary>
public static class ErasedData
{
    public const string Name = "(erased)";

    public const string FileName = "erased.pdf";

    public const string ContentJson = "{\"erased\":true}";
}
