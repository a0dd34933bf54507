using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AdobeTarget.Decisioning.Tests;

/// <summary>Loads the reference tables computed by Adobe's Node engine (TestData/Reference/SOURCE.md).</summary>
internal static class ReferenceData
{
    public static IReadOnlyList<JsonElement[]> Rows(string fileName, int expectedAtLeast)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "Reference", fileName);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        var rows = document.RootElement.EnumerateArray()
            .Select(row => row.EnumerateArray().Select(cell => cell.Clone()).ToArray())
            .ToList();
        Assert.True(rows.Count >= expectedAtLeast, $"{fileName} has {rows.Count} rows, expected at least {expectedAtLeast}");
        return rows;
    }

    /// <summary>
    /// Reads a JSON string keeping lone surrogates (escaped by Node as <c>\udXXX</c>), which
    /// <see cref="JsonElement.GetString"/> refuses.
    /// </summary>
    public static string Text(this JsonElement element)
    {
        string raw = element.GetRawText();
        var builder = new StringBuilder(raw.Length);
        for (int i = 1; i < raw.Length - 1; i++)
        {
            char c = raw[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            char escape = raw[++i];
            builder.Append(escape switch
            {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'b' => '\b',
                'f' => '\f',
                'u' => (char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                _ => escape,
            });
            if (escape == 'u')
            {
                i += 4;
            }
        }

        return builder.ToString();
    }

    public static string Show(string value) => JsonSerializer.Serialize(value);
}
