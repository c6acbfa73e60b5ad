package org.mokuhyo.importer.read;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * The clipping paths of a content stream, for an engine that reads only text (PDFTextStripper registers no path
 * operators, so its graphics state keeps the page as its clip): paths are built from {@code m l c v y h re}, and
 * {@code W} / {@code W*} intersect the state's clip with them when the path ends. Other painting ends a path too.
 * Save and restore ({@code q Q}) are the engine's, so a clip ends with its state.
 */
final class PdfClips {

	private final PDFStreamEngine engine;

	private GeneralPath path = new GeneralPath();

	private boolean clipPending;

	private PdfClips(PDFStreamEngine engine) {
		this.engine = engine;
	}

	/** Registers the path and clip operators with the engine. */
	static void track(PDFStreamEngine engine, java.util.function.Consumer<OperatorProcessor> addOperator) {
		PdfClips clips = new PdfClips(engine);
		addOperator.accept(clips.op("m", n -> clips.path.moveTo(clips.x(n, 0), clips.y(n, 0))));
		addOperator.accept(clips.op("l", n -> {
			if (clips.path.getCurrentPoint() != null) {
				clips.path.lineTo(clips.x(n, 0), clips.y(n, 0));
			}
		}));
		addOperator.accept(clips.op("c", n -> clips.curve(n, 0, 2, 4)));
		addOperator.accept(clips.op("v", n -> clips.curveFromCurrent(n)));
		addOperator.accept(clips.op("y", n -> clips.curve(n, 0, 2, 2)));
		addOperator.accept(clips.op("h", n -> {
			if (clips.path.getCurrentPoint() != null) {
				clips.path.closePath();
			}
		}));
		addOperator.accept(clips.op("re", clips::rectangle));
		addOperator.accept(clips.op("W", n -> clips.clipPending = true));
		addOperator.accept(clips.op("W*", n -> clips.clipPending = true));
		for (String paint : List.of("n", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*")) {
			addOperator.accept(clips.op(paint, n -> clips.end()));
		}
	}

	private interface Body {

		void run(List<COSBase> operands);
	}

	private OperatorProcessor op(String name, Body body) {
		return new OperatorProcessor(engine) {

			@Override
			public void process(Operator operator, List<COSBase> operands) {
				if (operands.stream().allMatch(o -> o instanceof COSNumber)) {
					body.run(operands);
				}
			}

			@Override
			public String getName() {
				return name;
			}
		};
	}

	private void end() {
		if (clipPending) {
			engine.getGraphicsState().intersectClippingPath(path);
		}
		clipPending = false;
		path = new GeneralPath();
	}

	private void rectangle(List<COSBase> n) {
		if (n.size() < 4) {
			return;
		}
		float x = number(n, 0);
		float y = number(n, 1);
		float w = number(n, 2);
		float h = number(n, 3);
		Point2D a = device(x, y);
		Point2D b = device(x + w, y);
		Point2D c = device(x + w, y + h);
		Point2D d = device(x, y + h);
		path.moveTo(a.getX(), a.getY());
		path.lineTo(b.getX(), b.getY());
		path.lineTo(c.getX(), c.getY());
		path.lineTo(d.getX(), d.getY());
		path.closePath();
	}

	private void curve(List<COSBase> n, int first, int second, int end) {
		if (n.size() < end + 2 || path.getCurrentPoint() == null) {
			return;
		}
		path.curveTo(x(n, first), y(n, first), x(n, second), y(n, second), x(n, end), y(n, end));
	}

	private void curveFromCurrent(List<COSBase> n) {
		if (n.size() < 4 || path.getCurrentPoint() == null) {
			return;
		}
		Point2D current = path.getCurrentPoint();
		path.curveTo(current.getX(), current.getY(), x(n, 0), y(n, 0), x(n, 2), y(n, 2));
	}

	private float x(List<COSBase> n, int i) {
		return n.size() > i + 1 ? (float) device(number(n, i), number(n, i + 1)).getX() : 0;
	}

	private float y(List<COSBase> n, int i) {
		return n.size() > i + 1 ? (float) device(number(n, i), number(n, i + 1)).getY() : 0;
	}

	private static float number(List<COSBase> n, int i) {
		return ((COSNumber) n.get(i)).floatValue();
	}

	private Point2D device(float x, float y) {
		Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
		return ctm.transformPoint(x, y);
	}
}
