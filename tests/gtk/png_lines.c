/*
 * png_lines: measures the text in a region of a PNG snapshot, so that tests can tell that text
 * grew and reflowed.
 *
 *   png_lines FILE X Y WIDTH HEIGHT
 *
 * A pixel is ink when its luma is below 110 (dark text on a light theme; the highlight's
 * yellow is not ink). Rows with ink form bands: lines of text. Prints one line:
 * bands=N median_height=H p90_height=P ink_left=L ink_right=R right_margin=M, where R is the
 * rightmost ink column and M the ink-free columns between it and the region's right edge.
 */
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <stdio.h>
#include <stdlib.h>

static int compare_int(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

int main(int argc, char **argv)
{
    GError *e = NULL;
    GdkPixbuf *pb;
    int x0, y0, w, h, stride, channels, left, right = -1, bands = 0, in_band = 0, start = 0;
    int heights[4096];
    const guchar *px;
    if (argc != 6) {
        fprintf(stderr, "usage: png_lines FILE X Y WIDTH HEIGHT\n");
        return 2;
    }
    pb = gdk_pixbuf_new_from_file(argv[1], &e);
    if (pb == NULL) {
        fprintf(stderr, "png_lines: %s\n", e->message);
        return 1;
    }
    x0 = atoi(argv[2]);
    y0 = atoi(argv[3]);
    w = MIN(atoi(argv[4]), gdk_pixbuf_get_width(pb) - x0);
    h = MIN(atoi(argv[5]), gdk_pixbuf_get_height(pb) - y0);
    left = w;
    stride = gdk_pixbuf_get_rowstride(pb);
    channels = gdk_pixbuf_get_n_channels(pb);
    px = gdk_pixbuf_read_pixels(pb);
    for (int y = 0; y <= h; y++) {
        int ink = 0;
        for (int x = 0; y < h && x < w; x++) {
            const guchar *p = px + (size_t)(y0 + y) * stride + (size_t)(x0 + x) * channels;
            int luma = (299 * p[0] + 587 * p[1] + 114 * p[2]) / 1000;
            if (luma < 110) {
                ink = 1;
                left = MIN(left, x);
                right = MAX(right, x);
            }
        }
        if (ink && !in_band) {
            start = y;
        } else if (!ink && in_band && bands < 4096) {
            heights[bands++] = y - start;
        }
        in_band = ink;
    }
    qsort(heights, (size_t)bands, sizeof heights[0], compare_int);
    printf("bands=%d median_height=%d p90_height=%d ink_left=%d ink_right=%d right_margin=%d\n",
           bands, bands > 0 ? heights[bands / 2] : 0, bands > 0 ? heights[bands * 9 / 10] : 0, left,
           right, w - 1 - right);
    g_object_unref(pb);
    return 0;
}
