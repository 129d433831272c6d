using System.Collections.Immutable;

namespace Inl.Justice.Gender.Checklists;

/// <summary>A group of items under one pillar and theme, e.g. the Bangkok Rules' "Rules of general application".</summary>
public sealed class ChecklistSection
{
    internal ChecklistSection(string id, Pillar pillar, LocalizedText title, LocalizedText? theme, ImmutableArray<ChecklistItem> items)
    {
        Id = id;
        Pillar = pillar;
        Title = title;
        Theme = theme;
        Items = items;
    }

    /// <summary>Gets the section id, unique in the template.</summary>
    public string Id { get; }

    /// <summary>Gets the pillar.</summary>
    public Pillar Pillar { get; }

    /// <summary>Gets the title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the theme, or <see langword="null"/>.</summary>
    public LocalizedText? Theme { get; }

    /// <summary>Gets the items, in template order.</summary>
    public ImmutableArray<ChecklistItem> Items { get; }
}
