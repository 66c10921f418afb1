namespace ICP.Domain.Programme;

/// <summary>A translatable text field of a programme entity.</summary>
public enum ContentField
{
    Title,
    Summary,
    ManagedBy,
    Text,
    Name,
    Description,
}
