/*
 * The parse floor of sdkgen's benchmark: reads a YAML (or JSON) file and counts libyaml's parser events,
 * doing nothing else. No generator can load the document faster than this.
 *
 *   gcc -O2 -o yaml-floor Benchmarks/YAMLFloor/yaml-floor.c -lyaml && ./yaml-floor spec/openrouter.openapi.yaml
 *
 * Prints the number of events; exits 1 when the file cannot be read or does not parse.
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    FILE *file = fopen(argv[1], "rb");
    if (file == NULL) {
        perror(argv[1]);
        return 1;
    }
    /* The whole file in memory first, as sdkgen reads it. */
    if (fseek(file, 0, SEEK_END) != 0) { perror(argv[1]); return 1; }
    long size = ftell(file);
    rewind(file);
    unsigned char *bytes = malloc(size > 0 ? (size_t)size : 1);
    if (bytes == NULL || fread(bytes, 1, (size_t)size, file) != (size_t)size) {
        fprintf(stderr, "%s: cannot read\n", argv[1]);
        return 1;
    }
    fclose(file);

    yaml_parser_t parser;
    yaml_event_t event;
    unsigned long events = 0;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, bytes, (size_t)size);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%lu:%lu: %s\n", argv[1], (unsigned long)parser.problem_mark.line + 1,
                    (unsigned long)parser.problem_mark.column + 1, parser.problem ? parser.problem : "parse error");
            return 1;
        }
        events++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    free(bytes);
    printf("%lu\n", events);
    return 0;
}
