using System.Text;

namespace AdobeTarget.AspNetCore.Tests.Fuzz;

/// <summary>Seeded random and mutated inputs: the same cases on every run, so a failure can be replayed.</summary>
internal sealed class FuzzInputs(int seed)
{
    private const string Alphabet = "abcXYZ0123456789#|%._-/?@:;, \"\\\t\r\n\u0000\u00e9\u4e2d\ud83d\ude00+=&*()[]{}<>'`~!$^";
    private readonly Random _random = new(seed);

    /// <summary>A random string over an alphabet rich in the codec's delimiters, escapes and hostile characters.</summary>
    public string RandomText(int maxLength = 64)
    {
        var length = _random.Next(maxLength + 1);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(_random.Next(10) == 0 ? (char)_random.Next(0x20, 0x7F) : Alphabet[_random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>A valid input changed at a few random places: characters replaced, inserted, deleted or duplicated.</summary>
    public string Mutate(string valid)
    {
        var text = new StringBuilder(valid);
        var edits = _random.Next(1, 5);
        for (var i = 0; i < edits; i++)
        {
            var at = text.Length == 0 ? 0 : _random.Next(text.Length);
            switch (_random.Next(4))
            {
                case 0 when text.Length > 0:
                    text[at] = Alphabet[_random.Next(Alphabet.Length)];
                    break;
                case 1:
                    text.Insert(at, RandomText(4));
                    break;
                case 2 when text.Length > 0:
                    text.Remove(at, Math.Min(_random.Next(1, 6), text.Length - at));
                    break;
                default:
                    text.Insert(at, text.ToString(at, Math.Min(8, text.Length - at)));
                    break;
            }
        }

        return text.ToString();
    }

    public byte[] RandomBytes(int maxLength)
    {
        var bytes = new byte[_random.Next(maxLength + 1)];
        _random.NextBytes(bytes);
        return bytes;
    }

    public bool Chance(int percent) => _random.Next(100) < percent;
}
